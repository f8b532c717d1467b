import type { Lang } from '../../i18n/lang.js';
import path from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import type { Severity } from '../../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../../diagnostics/diagnostic.js';
import { errorCode, RunError } from '../../errors/run-error.js';
import type { FileReport } from '../../lint/index.js';
import { words } from '../../i18n/index.js';
import { langOption } from '../options.js';
import { writeFileAtomic } from '../../output/write-atomic.js';
import { VERSION } from '../../version.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { RegisterCommand } from '../program.js';
import type { Format } from '../reporters/index.js';
import type { ConfigRead } from '../../project/config.js';

/** The formats, here too so that registering the command loads neither the engine nor the reporters. */
const FORMATS: readonly Format[] = ['stylish', 'json', 'github', 'sarif'];

interface LintFlags {
  format: Format;
  output?: string;
  maxWarnings?: number;
  lang?: Lang;
  config?: string;
  quiet?: boolean;
}

export const registerLint: RegisterCommand = (program, io) => {
  const w = words(program.lang);
  const wholeNumber = (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(w.program.wholeNumber);
    return Number(value);
  };
  program
    .command('lint')
    .description(w.lint.description)
    .argument('[paths...]', w.options.paths)
    .addOption(new Option('-f, --format <format>', w.lint.format).choices(FORMATS).default('stylish'))
    .option('-o, --output <file>', w.lint.output)
    .addOption(new Option('--max-warnings <n>', w.lint.maxWarnings).argParser(wholeNumber))
    .addOption(langOption(program.lang))
    .option('-c, --config <file>', w.options.config)
    .option('-q, --quiet', w.lint.quiet)
    .addHelpText('after', w.lint.after)
    .action(async (paths: string[], flags: LintFlags) => {
      program.exitCode = await runLint(paths, { ...flags, lang: program.lang }, io, program.config);
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

async function runLint(paths: string[], flags: LintFlags, io: CliIO, config: ConfigRead | undefined): Promise<number> {
  const lang = flags.lang ?? 'sv';
  const [{ lintFiles }, { rules }, { loadReporter }] = await Promise.all([import('../../project/lint-files.js'), import('../../lint/registry.js'), import('../reporters/index.js')]);
  const found = await lintFiles(paths, { cwd: io.cwd, lang, ...(flags.config ? { configFile: flags.config } : {}), ...(config ? { config } : {}) });
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
      const code = errorCode(e);
      throw new RunError('io/write', { file: flags.output, code });
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
