import { Command } from 'commander';
import { VERSION } from '../version.js';
import { commands } from './commands/index.js';
import type { Lang } from '../i18n/lang.js';
import type { CliIO } from './io.js';

/** A studyplan command: adds itself to the program and sets `program.exitCode` when it runs. */
export interface StudyplanProgram extends Command {
  exitCode: number;
  /** The language of every word the run says (cli/message-lang.ts). */
  lang: Lang;
}

export type RegisterCommand = (program: StudyplanProgram, io: CliIO) => void;

export function createProgram(io: CliIO, lang: Lang = 'sv'): StudyplanProgram {
  const program = new Command('studyplan') as StudyplanProgram;
  program.exitCode = 0;
  program.lang = lang;
  program
    .description('Lint and build study plans (studieplaner) kept as YAML: diagnostics, HTML and PDF booklets.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--verbose', 'print more detail, and the stack of an unexpected error')
    .showHelpAfterError('(run `studyplan --help` for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  for (const register of commands) register(program, io);
  // Sub-commands inherit the output settings and throw instead of exiting; a usage error is
  // one line and a pointer to the command's help, not the whole help text.
  for (const c of program.commands) {
    c.configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).exitOverride().showHelpAfterError(`(run \`studyplan ${c.name()} --help\` for usage)`);
  }
  return program;
}
