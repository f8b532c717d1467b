import { CommanderError } from 'commander';
import { isRunError } from '../errors/run-error.js';
import { VERSION } from '../version.js';
import { EXIT } from './exit-codes.js';
import { processIO, type CliIO } from './io.js';
import { messageLang } from './message-lang.js';
import { createProgram } from './program.js';

/**
 * Runs the command line and returns the exit code; never calls process.exit, so tests can call it.
 * Known failures print one line; a bug prints one line with the version and, with --verbose, the stack.
 */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const verbose = argv.includes('--verbose');
  const lang = messageLang(argv, io);
  const program = createProgram(io, lang);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return program.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here with code 0.
      if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.OK;
      return EXIT.RUN;
    }
    if (isRunError(e)) {
      io.stderr(`studyplan: ${e.message}${e.hint ? `\n  ${e.hint}` : ''}\n`);
      return EXIT.RUN;
    }
    const err = e as Error;
    io.stderr(
      `studyplan ${VERSION}: unexpected error: ${err?.message ?? String(e)}\n` +
        `  This is a bug in studyplan; please report it with the command you ran${verbose ? '' : ' (and the output of --verbose)'}.\n`,
    );
    if (verbose && err?.stack) io.stderr(`${err.stack}\n`);
    return EXIT.RUN;
  }
}
