import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrandSource } from '../brand/load-brand.js';
import { RunError } from '../errors/run-error.js';
import { parseSite, type SiteSettings } from '../publish/settings.js';

export const CONFIG_FILE = 'studyplan.config.yaml';

/** The build settings of studyplan.config.yaml; paths are absolute (resolved against its folder). */
export interface ProjectSettings {
  /** The config file, when one was found. */
  file?: string;
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
 * Reads the build settings (plans, out, template, formats, lang, concurrency) of the config found
 * from CWD upwards, or of FILE. Rule severities belong to the lint engine and are left to it.
 * A config that cannot be read or has a wrong value is a RunError (exit 2) naming the key.
 */
export async function loadProjectSettings(cwd: string, file?: string): Promise<ProjectSettings> {
  const found = file ? path.resolve(cwd, file) : findConfigFile(cwd);
  if (!found) return {};
  let text: string;
  try {
    text = await readFile(found, 'utf8');
  } catch (e) {
    throw new RunError(`cannot read ${found}: ${(e as Error).message}`, undefined, 'config/read');
  }
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { prettyErrors: false });
  const shown = path.relative(cwd, found) || found;
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0];
    throw new RunError(`${shown}${line ? `:${line.line}:${line.col}` : ''}: ${first.message.split('\n')[0]}`, 'The config is YAML; check the indentation and colons here.', 'config/syntax');
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data === null) throw new RunError(`${shown}: the config must be a mapping of keys`, undefined, 'config/invalid');
  return parseSettings(data as Record<string, unknown>, found, shown);
}

function parseSettings(data: Record<string, unknown>, file: string, shown: string): ProjectSettings {
  const base = path.dirname(file);
  const wrong = (key: string, want: string) => new RunError(`${shown}: ${key} must be ${want}`, `Fix ${key} in ${shown}, or remove it to use the default.`, 'config/invalid');
  const settings: ProjectSettings = { file };
  const { plans, out, template, formats, lang, concurrency, booklet, brand, site } = data;
  if (plans !== undefined) {
    const list = typeof plans === 'string' ? [plans] : plans;
    if (!Array.isArray(list) || !list.every((p) => typeof p === 'string' && p)) throw wrong('plans', 'a folder, file or glob, or a list of them');
    settings.plans = (list as string[]).map((p) => (/[*?{[]/.test(p) ? path.posix.join(base.split(path.sep).join('/'), p) : path.resolve(base, p)));
  }
  if (out !== undefined) {
    if (typeof out !== 'string' || !out) throw wrong('out', 'a folder');
    settings.out = path.resolve(base, out);
  }
  if (template !== undefined) {
    if (typeof template !== 'string' || !template) throw wrong('template', 'a template name (booklet) or a folder');
    settings.template = /[\\/]/.test(template) || template.startsWith('.') ? path.resolve(base, template) : template;
  }
  if (formats !== undefined) {
    const list = typeof formats === 'string' ? formats.split(',').map((s) => s.trim()) : formats;
    if (!Array.isArray(list) || !list.length || !list.every((f) => f === 'html' || f === 'pdf' || f === 'json')) throw wrong('formats', 'html, pdf, json or a list of them, e.g. [html, pdf]');
    settings.formats = [...new Set(list as ('html' | 'pdf' | 'json')[])];
  }
  if (lang !== undefined) {
    if (lang !== 'sv' && lang !== 'en' && lang !== 'nb') throw wrong('lang', 'sv, en or nb');
    settings.lang = lang;
  }
  if (concurrency !== undefined) {
    if (!Number.isInteger(concurrency) || (concurrency as number) < 1) throw wrong('concurrency', 'a whole number of 1 or more');
    settings.concurrency = concurrency as number;
  }
  if (booklet !== undefined) {
    if (typeof booklet !== 'boolean') throw wrong('booklet', 'true or false');
    settings.booklet = booklet;
  }
  if (brand !== undefined) settings.brand = brandSource(brand, file, shown, wrong);
  if (site !== undefined) settings.site = parseSite(site, wrong);
  return settings;
}

/** The brand's shape (the config schema has checked it in lint; build checks it again here). */
function brandSource(brand: unknown, file: string, shown: string, wrong: (key: string, want: string) => RunError): BrandSource {
  if (typeof brand !== 'object' || brand === null || Array.isArray(brand)) throw wrong('brand', 'a mapping (color, logo, coverImage, backCover)');
  const spec: BrandSource['spec'] = {};
  for (const [key, value] of Object.entries(brand as Record<string, unknown>)) {
    if (key !== 'color' && key !== 'logo' && key !== 'coverImage' && key !== 'backCover') throw wrong(`brand.${key}`, 'one of color, logo, coverImage, backCover');
    if (typeof value !== 'string') throw wrong(`brand.${key}`, 'text');
    spec[key] = value;
  }
  const dir = path.dirname(file);
  return { spec, file: shown, dir, root: dir };
}
