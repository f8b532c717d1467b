import type { Lang } from '../i18n/lang.js';
import { existsSync } from 'node:fs';
import { MAX_CONFIG_BYTES } from '../files/limits.js';
import { readInput } from '../files/safe-read.js';
import path from 'node:path';
import type { BrandSource } from '../brand/load-brand.js';
import { EMPTY_CONFIG, type LintConfig } from '../lint/config.js';
import type { LoadedPlan } from '../plan/load.js';
import type { SiteSettings } from '../publish/settings.js';
import type { StudyplanConfig } from './config.generated.js';

export const CONFIG_FILE = 'studyplan.config.yaml';

/**
 * The build settings of studyplan.config.yaml: its keys (StudyplanConfig, generated from
 * schemas/studyplan.config.schema.json), as read-config.ts makes them ready for a build. Paths are
 * absolute (resolved against the config's folder), and lists are lists.
 */
export interface ProjectSettings extends Pick<StudyplanConfig, 'out' | 'template' | 'lang' | 'concurrency' | 'booklet' | 'layout'> {
  /** The plans' folders, files and globs. */
  plans?: string[];
  /** What to build, each once. */
  formats?: Extract<NonNullable<StudyplanConfig['formats']>, readonly unknown[]>[number][];
  /** The config's `brand` (colour, logo, cover picture, back cover), its paths relative to the config's folder. */
  brand?: BrandSource;
  /** Where and how OUT is published (src/publish/settings.ts), its values checked. */
  site?: SiteSettings;
}

/** A project: its config file (when there is one), read and checked once, for every command. */
export interface Project {
  /** The config file, when one was found. */
  file?: string;
  settings: ProjectSettings;
  /** The rule severities, for the lint engine. */
  lint: LintConfig;
}

export interface LoadProjectOptions {
  /** --config: this file instead of the one found from cwd upwards. */
  configFile?: string;
  /** The language of the config's problems. */
  lang?: Lang;
  /** The config file as readConfig read it (the command layer, before the commands are made): used, not read again, when it is the file found. */
  read?: ConfigRead;
}

/**
 * A config file read and parsed once, not yet checked: the command line reads it before its
 * commands are made (their words follow its `lang`), and loadProject checks it. Never a failure
 * here: a config that cannot be read or parsed is reported by the command that needs it.
 */
export interface ConfigRead {
  /** The file, absolute. */
  file: string;
  /** Its path as messages show it (relative to the working folder). */
  shown: string;
  /** Its bytes and the parsed YAML; neither when it could not be read. */
  bytes?: Buffer;
  loaded?: LoadedPlan;
  /** Why it could not be read. */
  error?: unknown;
}

/** Finds the config (CONFIG_FILE, a --config path, from CWD), reads it once and parses it; undefined when there is none. */
export async function readConfig(cwd: string, configFile?: string): Promise<ConfigRead | undefined> {
  const file = configFile ? path.resolve(cwd, configFile) : findConfigFile(cwd);
  return file ? readConfigAt(file, cwd) : undefined;
}

async function readConfigAt(file: string, cwd: string): Promise<ConfigRead> {
  const shown = path.relative(cwd, file) || file;
  let bytes: Buffer;
  try {
    // Through the safe reader: a config linked to /dev/zero was read before any check ran.
    bytes = await readInput(file, { root: path.dirname(file), limit: MAX_CONFIG_BYTES });
  } catch (error) {
    return { file, shown, error };
  }
  // The YAML reader loads only when there is a config.
  const { parsePlan } = await import('../plan/load.js');
  return { file, shown, bytes, loaded: parsePlan(bytes, shown) };
}

/** A top-level `lang: xx` line, for a config YAML cannot read. */
const LANG_LINE = /^lang[ \t]*:[ \t]*["']?([a-z]{2})["']?[ \t]*(?:#.*)?$/m;

/**
 * The config's top-level `lang`, as parsed (block or flow style), unchecked: resolveLang takes
 * only a language it knows. A config YAML cannot read (a mistake further down) still names its
 * language on a line of its own: its problems are then said in that language, not the locale's.
 */
export function configLang(read: ConfigRead | undefined): string | undefined {
  const data = read?.loaded?.data;
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const lang = (data as Record<string, unknown>)['lang'];
    return typeof lang === 'string' ? lang : undefined;
  }
  return data === undefined && read?.bytes ? LANG_LINE.exec(read.bytes.toString('utf8'))?.[1] : undefined;
}

/** studyplan.config.yaml in FROM or the nearest folder above it, as git finds .gitignore. */
export function findConfigFile(from: string): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Finds studyplan.config.yaml (from CWD upwards, or --config), reads it and checks all of it
 * against schemas/studyplan.config.schema.json and the rule ids lint knows. No config: the
 * defaults. An unreadable file is a RunError; a config with problems a ConfigError listing each.
 */
export async function loadProject(cwd: string, options: LoadProjectOptions = {}): Promise<Project> {
  const { configFile } = options;
  const found = configFile ? path.resolve(cwd, configFile) : findConfigFile(cwd);
  if (!found) return { settings: {}, lint: EMPTY_CONFIG };
  // What reads and checks a config (the YAML reader, the config schema, lint's rule ids and
  // messages) loads only when there is one: every command's start-up loaded it before.
  const { readProject } = await import('./read-config.js');
  return readProject(options.read?.file === found ? options.read : await readConfigAt(found, cwd), cwd, options);
}
