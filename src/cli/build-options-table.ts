import { Option, type Command } from 'commander';
import { RunError } from '../errors/run-error.js';
import { LANGS, type Words } from '../i18n/index.js';
import type { BuildOptions, OutputFormat } from '../pipeline/build.js';
import { parseShard } from '../pipeline/shard.js';
import type { ProjectSettings } from '../project/config.js';
import { publishSettings } from '../publish/settings.js';

/**
 * The options of `build`, `watch` and `merge`, each once: its flag (as commander takes it), the
 * key of its --help line in the catalogue (src/i18n), its default, the key of
 * studyplan.config.yaml that sets it too, and how its value goes into build()'s options (parsed
 * and checked there: a wrong value is a RunError, exit 2). The commands declare their options
 * from it (addBuildOptions) and resolve them with it (buildOptionsOf); tests/unit/build-options-table.test.ts
 * checks it against the commands and the config's schema.
 */

/** The commands whose options are in the table. */
export type BuildCommand = 'build' | 'watch' | 'merge';

type HelpSection = 'options' | 'build' | 'watch' | 'merge' | 'printTimeout';
type StringKeys<T> = { [K in keyof T]: T[K] extends string ? K & string : never }[keyof T];
/** A line of --help in the catalogue, as `section.key` (src/i18n/sv.ts and the others). */
type HelpKey = { [S in HelpSection]: `${S}.${StringKeys<Words[S]>}` }[HelpSection];

type ConfigKey = keyof ProjectSettings;
/** What commander gives for a flag: its text, or true for a flag without a value. */
type FlagText<F extends string> = F extends `${string}<${string}>` ? string : boolean;
/** The value a row's `into` gets: the flag given, else the config's (checked by its schema), else the default (else undefined). */
type Value<F extends string, C extends string, K extends ConfigKey, D extends string> =
  ([C] extends [never] ? FlagText<F> : C) | NonNullable<ProjectSettings[K]> | ([D] extends [never] ? undefined : never);

interface RowContext {
  settings: ProjectSettings;
  env: NodeJS.ProcessEnv;
}

interface Row<F extends string = never, C extends string = never, K extends ConfigKey = never, D extends string = never> {
  /** The flag, as commander.option() takes it; none for a setting only the config has. */
  readonly flags?: F;
  readonly help?: HelpKey;
  /** Other words on some commands (merge: "the shards were built with …"). */
  readonly helpOn?: Partial<Record<BuildCommand, HelpKey>>;
  readonly default?: D;
  readonly choices?: readonly C[];
  /** The key of studyplan.config.yaml that sets it when the flag is not given. */
  readonly config?: K;
  /** Its part of build()'s options; none for a flag the command reads itself. */
  into?(value: Value<F, C, K, D>, ctx: RowContext): Partial<BuildOptions>;
}

const row = <F extends string = never, C extends string = never, K extends ConfigKey = never, D extends string = never>(spec: Row<F, C, K, D>): Row<F, C, K, D> => spec;

/**
 * The rows in the order their values are checked (with two wrong values, the first is the one
 * reported); each command's --help order is COMMAND_OPTIONS'.
 */
export const BUILD_OPTIONS = {
  out: row({ flags: '-o, --out <dir>', help: 'options.out', default: 'out', config: 'out', into: (out) => ({ out }) }),
  format: row({
    flags: '-f, --format <list>',
    help: 'build.format',
    default: 'html,pdf',
    config: 'formats',
    into: (f) => ({ formats: typeof f === 'string' ? parseFormats(f) : withHtml(f) }),
  }),
  template: row({ flags: '-t, --template <name|dir>', help: 'options.template', helpOn: { merge: 'merge.template' }, default: 'booklet', config: 'template', into: (template) => ({ template }) }),
  includeInternal: row({ flags: '--include-internal', help: 'options.includeInternal', helpOn: { merge: 'merge.includeInternal' }, into: (v) => ({ includeInternal: v === true }) }),
  booklet: row({ flags: '--booklet', help: 'build.booklet', helpOn: { merge: 'merge.booklet' }, config: 'booklet', into: (v) => ({ booklet: v === true }) }),
  force: row({ flags: '--force', help: 'build.force', into: (v) => ({ force: v === true }) }),
  lang: row({ flags: '--lang <lang>', help: 'options.lang', choices: LANGS, config: 'lang', into: (lang) => (lang ? { lang } : {}) }),
  brand: row({ config: 'brand', into: (brand) => (brand ? { brand } : {}) }),
  layout: row({ config: 'layout', into: (layout) => (layout ? { layout } : {}) }),
  chrome: row({ flags: '--chrome <path>', help: 'options.chrome', into: (chrome) => (chrome ? { chrome } : {}) }),
  // --base-url, else the config's site.url, else (site.pages on GitHub Actions) the Pages address; site.timeZone too.
  baseUrl: row({
    flags: '--base-url <url>',
    help: 'build.baseUrl',
    helpOn: { merge: 'merge.baseUrl' },
    config: 'site',
    into: (v, { settings, env }) => publishSettings(typeof v === 'string' ? v : undefined, settings.site, env),
  }),
  concurrency: row({
    flags: '--concurrency <n>',
    help: 'build.concurrency',
    config: 'concurrency',
    into: (n) => (n === undefined || n === '' ? {} : { concurrency: typeof n === 'number' ? n : parseConcurrency(n) }),
  }),
  printTimeout: row({ flags: '--print-timeout <seconds>', help: 'printTimeout.help', into: (s) => (s === undefined ? {} : { printTimeoutMs: parsePrintTimeout(s) }) }),
  shard: row({ flags: '--shard <k/n>', help: 'build.shard', into: (s) => (s ? { shard: parseShard(s) } : {}) }),
  // Flags the commands read themselves.
  config: row({ flags: '-c, --config <file>', help: 'options.config' }),
  quiet: row({ flags: '-q, --quiet', help: 'build.quiet' }),
  port: row({ flags: '-p, --port <n>', help: 'watch.port' }),
  pdf: row({ flags: '--pdf', help: 'watch.pdf' }),
};

type Table = typeof BUILD_OPTIONS;
/** A row as the code walks the table: its value is the one buildOptionsOf picked for it. */
type AnyRow = Omit<Row<string, string, ConfigKey, string>, 'into'> & { into?(value: unknown, ctx: RowContext): Partial<BuildOptions> };
/** The rows that are flags. */
type FlagName = { [N in keyof Table]: [NonNullable<Table[N]['flags']>] extends [never] ? never : N }[keyof Table];
type FlagOf<R extends { flags?: string; choices?: readonly string[] }> = [NonNullable<R['choices']>[number]] extends [never] ? FlagText<NonNullable<R['flags']>> : NonNullable<R['choices']>[number];

/** What commander gives the action of build, watch and merge: a value for each flag given (or with a default). */
export type BuildFlags = { [N in FlagName]?: FlagOf<Table[N]> };

/**
 * The flags each command has, in its --help order. watch's formats are its --pdf's; what only a
 * whole build does (--force, --quiet, --shard) or only the published output needs is build's.
 */
export const COMMAND_OPTIONS = {
  build: ['out', 'format', 'template', 'lang', 'chrome', 'concurrency', 'printTimeout', 'includeInternal', 'booklet', 'force', 'quiet', 'config', 'baseUrl', 'shard'],
  watch: ['port', 'pdf', 'out', 'template', 'lang', 'chrome', 'concurrency', 'printTimeout', 'includeInternal', 'config'],
  merge: ['out', 'template', 'lang', 'booklet', 'includeInternal', 'config', 'baseUrl'],
} as const satisfies Record<BuildCommand, readonly FlagName[]>;

/** The rows as the code walks them. */
function rows(): [keyof Table, AnyRow][] {
  return Object.entries(BUILD_OPTIONS) as [keyof Table, AnyRow][];
}

function helpText(w: Words, key: HelpKey): string {
  const [section, name] = key.split('.') as [HelpSection, string];
  return (w[section] as unknown as Record<string, string>)[name] ?? key;
}

/** The commander option of a row, worded in W (COMMAND's words, where it has its own). */
export function optionOf(name: FlagName, w: Words, command?: BuildCommand): Option {
  const r: AnyRow = BUILD_OPTIONS[name];
  const option = new Option(r.flags!, helpText(w, (command && r.helpOn?.[command]) ?? r.help!));
  if (r.default !== undefined) option.default(r.default);
  if (r.choices) option.choices(r.choices);
  return option;
}

/** Declares COMMAND's options on CMD, from the table. */
export function addBuildOptions(cmd: Command, command: BuildCommand, w: Words): Command {
  for (const name of COMMAND_OPTIONS[command]) cmd.addOption(optionOf(name, w, command));
  return cmd;
}

/**
 * build()'s options of the flags a command was given and the config's SETTINGS: a flag given on
 * the command line (GIVEN) wins, then the config, then the flag's default. A value that is wrong
 * is a RunError (usage/…, exit 2).
 */
export function buildOptionsOf(flags: BuildFlags, given: (name: string) => boolean, settings: ProjectSettings, env: NodeJS.ProcessEnv): Partial<BuildOptions> {
  const options: Partial<BuildOptions> = {};
  for (const [name, r] of rows()) {
    if (!r.into) continue;
    const flag = (flags as Record<string, string | boolean | undefined>)[name];
    const fromConfig = r.config === undefined ? undefined : settings[r.config];
    const value = given(name) || fromConfig === undefined ? (flag ?? r.default) : fromConfig;
    Object.assign(options, r.into(value, { settings, env }));
  }
  return options;
}

function parseFormats(list: string): OutputFormat[] {
  const formats = list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const wrong = formats.filter((f) => f !== 'html' && f !== 'pdf' && f !== 'json');
  if (wrong.length || !formats.length) throw new RunError('usage/format', { formats: wrong.join(', ') });
  return withHtml(formats as OutputFormat[]);
}

/** A PDF is printed from the HTML page, so the HTML is always written. */
function withHtml(formats: readonly OutputFormat[]): OutputFormat[] {
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
