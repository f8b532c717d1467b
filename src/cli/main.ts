import { CommanderError } from 'commander';
import { printable } from '../diagnostics/printable.js';
import { words } from '../i18n/index.js';
import { VERSION } from '../version.js';
import { asRunError, formatRunError } from './describe-error.js';
import { EXIT } from './exit-codes.js';
import { processIO, type CliIO } from './io.js';
import { readConfig } from '../project/config.js';
import { configFlag, messageLang } from './message-lang.js';
import { createProgram } from './program.js';
import { terminalIO } from './terminal-text.js';

/**
 * Runs the command line and returns the exit code; never calls process.exit, so tests can call it.
 * Known failures print one line in the run's language; a full disk or an unwritable folder is one
 * of them (exit 2, naming the folder); a bug prints one line with the version and, with
 * --verbose, the stack.
 */
export async function main(argv: readonly string[], given: CliIO = processIO()): Promise<number> {
  const io = terminalIO(given);
  const verbose = argv.includes('--verbose');
  // The config, read and parsed once before the commands are made: its `lang` words them, and
  // the command that uses it checks this copy (project/config.ts, loadProject).
  const config = await readConfig(io.cwd, configFlag(argv));
  const lang = messageLang(argv, io, config);
  const program = createProgram(io, lang, config);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return program.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here with code 0.
      if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.OK;
      return EXIT.RUN;
    }
    const known = asRunError(e, io.cwd);
    if (known) {
      io.stderr(formatRunError(known, lang));
      return EXIT.RUN;
    }
    const err = e as Error;
    io.stderr(`${words(lang).program.bug(VERSION, printable(err?.message ?? String(e)), verbose)}\n`);
    if (verbose && err?.stack) io.stderr(`${err.stack}\n`);
    return EXIT.RUN;
  }
}
