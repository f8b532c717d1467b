import path from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import type { Severity } from '../../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../../diagnostics/diagnostic.js';
import { RunError } from '../../errors/run-error.js';
import type { FileReport, LintLang } from '../../lint/index.js';
import { words } from '../../i18n/index.js';
import { writeFileAtomic } from '../../output/write-atomic.js';
import { VERSION } from '../../version.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { RegisterCommand } from '../program.js';
import type { Format } from '../reporters/index.js';

/** The formats, here too so that registering the command loads neither the engine nor the reporters. */
const FORMATS: readonly Format[] = ['stylish', 'json', 'github', 'sarif'];

interface LintFlags {
  format: Format;
  output?: string;
  maxWarnings?: number;
  lang?: LintLang;
  config?: string;
  quiet?: boolean;
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('give a whole number, 0 or more.');
  return Number(value);
}

export const registerLint: RegisterCommand = (program, io) => {
  program
    .command('lint')
    .description('check plans for YAML, schema and content problems, each at its line and column')
    .argument('[paths...]', 'plan files, folders or globs (default: the config\'s plans, else plans/)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the report to FILE (whole or not at all) instead of stdout')
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more than N warnings').argParser(wholeNumber))
    .addOption(new Option('--lang <lang>', 'language of the messages (default: the config\'s lang, else LANG or LC_ALL when sv, nb or en, else sv)').choices(['sv', 'en', 'nb']))
    .option('-c, --config <file>', 'the config file (default: studyplan.config.yaml here or in a folder above)')
    .option('-q, --quiet', 'report errors only (warnings still count for --max-warnings)')
    .addHelpText(
      'after',
      '\nFormats: stylish (for people: code frames, colours at a terminal), json (an array of diagnostics),\n' +
        'github (GitHub Actions annotations), sarif (SARIF 2.1.0, for code scanning).\n' +
        'Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,\n' +
        '2 could not run (usage, missing file, bad config). Rules and configuration: docs/lint.md.\n',
    )
    .action(async (paths: string[], flags: LintFlags) => {
      program.exitCode = await runLint(paths, { ...flags, lang: program.lang }, io);
    });
};

/** Colours only for a person at a terminal: not into a file, not with NO_COLOR or FORCE_COLOR=0. */
export function useColor(io: CliIO, toFile: boolean): boolean {
  if (toFile) return false;
  if (io.env['NO_COLOR']) return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.isTTY;
}

async function runLint(paths: string[], flags: LintFlags, io: CliIO): Promise<number> {
  const lang = flags.lang ?? 'sv';
  const [{ lintFiles }, { rules }, { loadReporter }] = await Promise.all([import('../../project/lint-files.js'), import('../../lint/registry.js'), import('../reporters/index.js')]);
  const found = await lintFiles(paths, { cwd: io.cwd, lang, ...(flags.config ? { configFile: flags.config } : {}) });
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of found) for (const d of r.diagnostics) counts[d.severity]++;
  // --quiet drops what is not an error from every format; the warnings were counted above.
  const reports: FileReport[] = found.map((r) => ({
    ...r,
    diagnostics: (flags.quiet ? r.diagnostics.filter((d) => d.severity === 'error') : [...r.diagnostics]).sort(compareDiagnostics),
  }));
  const reporter = await loadReporter(flags.format);
  const text = reporter(reports, { lang, color: useColor(io, flags.output !== undefined), cwd: io.cwd, version: VERSION, rules });
  if (flags.output !== undefined) {
    const target = path.resolve(io.cwd, flags.output);
    try {
      await writeFileAtomic(target, text);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new RunError(`${flags.output}: cannot write the report (${code ?? (e as Error).message})`, 'Check that the folder exists and can be written to.', 'io/write');
    }
  } else if (text && !(flags.quiet && flags.format === 'stylish' && !counts.error)) {
    // A quiet, clean stylish run prints nothing, like ESLint's.
    io.stdout(text);
  }
  if (counts.error) return EXIT.INPUT;
  if (flags.maxWarnings !== undefined && counts.warning > flags.maxWarnings) {
    io.stderr(`${words(lang).reporter.tooManyWarnings(counts.warning, flags.maxWarnings)}\n`);
    return EXIT.INPUT;
  }
  return EXIT.OK;
}
