import { Command } from 'commander';
import { words, type Lang } from '../i18n/index.js';
import { VERSION } from '../version.js';
import { commanderError, localizeCommander } from './commander-words.js';
import { commands } from './commands/index.js';
import type { CliIO } from './io.js';
import type { ConfigRead } from '../project/config.js';

/** A studyplan command: adds itself to the program and sets `program.exitCode` when it runs. */
export interface StudyplanProgram extends Command {
  exitCode: number;
  /** The language of every word the run says (cli/message-lang.ts). */
  lang: Lang;
  /** The config file, read and parsed once before the commands were made (cli/main.ts); the commands check it. */
  config?: ConfigRead;
}

export type RegisterCommand = (program: StudyplanProgram, io: CliIO) => void;

export function createProgram(io: CliIO, lang: Lang = 'sv', config?: ConfigRead): StudyplanProgram {
  const w = words(lang).program;
  const program = new Command('studyplan') as StudyplanProgram;
  program.exitCode = 0;
  program.lang = lang;
  if (config) program.config = config;
  const output = { writeOut: io.stdout, writeErr: io.stderr, outputError: (text: string, write: (s: string) => void) => write(commanderError(text, lang)) };
  program
    .description(w.description)
    .version(VERSION, '-V, --version', w.version)
    .option('--verbose', w.verbose)
    .helpCommand('help [command]', w.helpCommand)
    .showHelpAfterError(w.seeHelp('studyplan'))
    .configureOutput(output)
    .exitOverride();
  localizeCommander(program, lang);
  for (const register of commands) register(program, io);
  // Sub-commands inherit the output settings and throw instead of exiting; a usage error is
  // one line and a pointer to the command's help, not the whole help text.
  for (const c of program.commands) {
    c.configureOutput(output)
      .exitOverride()
      .showHelpAfterError(w.seeHelp(`studyplan ${c.name()}`));
    localizeCommander(c, lang);
  }
  return program;
}
