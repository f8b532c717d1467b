import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrandSource } from '../brand/load-brand.js';
import { EMPTY_CONFIG, type LintConfig } from '../lint/config.js';
import type { LintLang } from '../lint/lang.js';
import type { SiteSettings } from '../publish/settings.js';

export { ConfigError, type ConfigFinding } from './config-error.js';

export const CONFIG_FILE = 'studyplan.config.yaml';

/** The build settings of studyplan.config.yaml; paths are absolute (resolved against its folder). */
export interface ProjectSettings {
  plans?: string[];
  out?: string;
  template?: string;
  formats?: ('html' | 'pdf' | 'json')[];
  lang?: 'sv' | 'en' | 'nb';
  concurrency?: number;
  /** Also write the folded A5 booklet, OUT/NAME.booklet.pdf. */
  booklet?: boolean;
  /** The config's `brand` (colour, logo, cover picture, back cover), its paths relative to the config's folder. */
  brand?: BrandSource;
  /** Where and how OUT is published (src/publish/settings.ts). */
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
  lang?: LintLang;
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
  return readProject(found, cwd, options);
}
