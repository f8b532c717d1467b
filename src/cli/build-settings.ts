import type { Command } from 'commander';
import type { BuildOptions, OutputFormat } from '../pipeline/build.js';
import { RunError } from '../errors/run-error.js';
import { loadProject, type ConfigRead, type Project } from '../project/config.js';
import { ConfigError } from '../project/config-error.js';
import { DEFAULT_LANG, envLang, type Lang } from '../i18n/index.js';
import type { CliIO } from './io.js';
import { publishSettings } from '../publish/settings.js';
import type { StudyplanProgram } from './program.js';

/** The flags of `build` and `watch` that studyplan.config.yaml can also set. */
export interface BuildFlagValues {
  out?: string;
  format?: string;
  template?: string;
  lang?: Lang;
  chrome?: string;
  concurrency?: string;
  printTimeout?: string;
  includeInternal?: boolean;
  booklet?: boolean;
  force?: boolean;
  config?: string;
  baseUrl?: string;
}

export interface BuildSettings {
  paths: string[];
  options: BuildOptions;
  /** The config file used, if any. */
  configFile?: string;
}

/**
 * Options for build(): a flag given on the command line wins, then studyplan.config.yaml (found
 * from the working folder upwards, or --config), then the flag's default.
 */
export async function resolveBuildSettings(paths: string[], flags: BuildFlagValues, cmd: Command, io: CliIO, read?: ConfigRead): Promise<BuildSettings> {
  // The same config and verdict as `studyplan lint`: read once, the whole file checked by its schema.
  // The run's message language (cli/message-lang.ts), set on the program the command belongs to.
  const lintLang = (cmd.parent as StudyplanProgram | null)?.lang ?? envLang(io.env) ?? DEFAULT_LANG;
  const project = await loadProject(io.cwd, { lang: lintLang, ...(flags.config ? { configFile: flags.config } : {}), ...(read ? { read } : {}) });
  refuseConfigErrors(project);
  const config = project.settings;
  const lint = { config: project.lint, lang: lintLang };
  const given = (key: string) => cmd.getOptionValueSource(key) === 'cli' || cmd.getOptionValueSource(key) === 'env';
  const pick = <T>(key: string, fromFlag: T | undefined, fromConfig: T | undefined): T | undefined => (given(key) || fromConfig === undefined ? fromFlag : fromConfig);

  const formatList = given('format') || !config.formats ? parseFormats(flags.format ?? 'html,pdf') : withHtml(config.formats);
  const concurrencyText = pick('concurrency', flags.concurrency, config.concurrency === undefined ? undefined : String(config.concurrency));
  const lang = pick('lang', flags.lang, config.lang);
  const options: BuildOptions = {
    out: pick('out', flags.out, config.out) ?? 'out',
    formats: formatList,
    template: pick('template', flags.template, config.template) ?? 'booklet',
    cwd: io.cwd,
    env: io.env,
    includeInternal: flags.includeInternal === true,
    booklet: pick('booklet', flags.booklet, config.booklet) === true,
    force: flags.force === true,
    lint,
    ...(config.brand ? { brand: config.brand } : {}),
    ...(lang ? { lang } : {}),
    ...(flags.chrome ? { chrome: flags.chrome } : {}),
    ...publishSettings(flags.baseUrl, config.site, io.env),
    ...(concurrencyText ? { concurrency: parseConcurrency(concurrencyText) } : {}),
    ...(flags.printTimeout !== undefined ? { printTimeoutMs: parsePrintTimeout(flags.printTimeout) } : {}),
  };
  return { paths: paths.length ? paths : (config.plans ?? []), options, ...(project.file ? { configFile: project.file } : {}) };
}

/**
 * The config's own errors (a brand picture that is missing or refused) stop a build before it
 * starts, worded as lint words them at their line: lint fails the same config (exit 1), and
 * doctor's config check too.
 */
function refuseConfigErrors(project: Project): void {
  const errors = project.lint.own?.diagnostics.filter((d) => d.severity === 'error') ?? [];
  if (!errors.length || !project.file) return;
  throw new ConfigError(
    errors[0]!.file,
    errors.map((d) => ({ line: d.line, column: d.column, rule: d.ruleId, params: d.params ?? {} })),
  );
}

export function parseFormats(list: string): OutputFormat[] {
  const formats = list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const wrong = formats.filter((f) => f !== 'html' && f !== 'pdf' && f !== 'json');
  if (wrong.length || !formats.length) throw new RunError('usage/format', { formats: wrong.join(', ') });
  return withHtml(formats as OutputFormat[]);
}

/** A PDF is printed from the HTML page, so the HTML is always written. */
function withHtml(formats: OutputFormat[]): OutputFormat[] {
  return [...new Set<OutputFormat>(['html', ...formats])];
}

function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new RunError('usage/concurrency', { value });
  return n;
}

/** --print-timeout SECONDS: how long one PDF may take to print (a hung browser fails that plan then). */
function parsePrintTimeout(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new RunError('usage/print-timeout', { value });
  return Math.round(seconds * 1000);
}
