/* eslint-disable max-lines -- a template folder read and checked in one place: manifest, extends, partials, labels, assets and fonts, each inside-the-template check beside the read it guards */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isRunError, RunError } from '../errors/run-error.js';
import { MAX_FONT_BYTES, MAX_TEMPLATE_FILE_BYTES } from '../files/limits.js';
import { readInput } from '../files/safe-read.js';
import { PACKAGE_ROOT } from '../version.js';
import type { PageSettings } from './page-settings.js';
import { checkFontFile, FONT_FACE_NAME, packageFolder } from './font-files.js';
import { LABEL_KEYS, type Labels } from './labels.js';
import { shortWeekdayNames, weekdayNames } from '../i18n/weekdays.js';
import { checkStyleReferences } from './style-references.js';
import { LANGS } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';
import { manifestProblems } from './template-schema.js';

export interface TemplateManifest {
  name: string;
  description: string;
  pageSize: 'A4' | 'A5';
  defaultLanguage: Lang;
  /** CSS files of @fontsource packages, e.g. "@fontsource/source-serif-4/400.css"; latin subsets are used. */
  fonts?: string[];
  /** Margins and the running header's font per page size; a template without them gets FALLBACK_PAGE. */
  page: PageSettings;
  /** The "Kurskalender" page after the contents (default on); false turns it off. */
  courseCalendar?: boolean;
}

/** For a template written before template.json had `page`: the margins the tool used to set itself. */
export const FALLBACK_PAGE: PageSettings = {
  A4: { margin: '20mm', furnitureSize: '8.5pt' },
  A5: { margin: '15mm 14mm', furnitureSize: '7.5pt' },
  furnitureFont: "'Source Sans 3', 'DejaVu Sans', Arial, sans-serif",
  furnitureColor: '#4a4a55',
};

export interface TemplateSource {
  /** Path shown in error messages (relative to the working folder when inside it). */
  file: string;
  source: string;
}

/** A file the build copies beside the HTML: from an absolute path to a path relative to OUT. */
export interface TemplateAsset {
  from: string;
  to: string;
  /** The folder FROM must really lie in (its template, its font package); default: FROM's own folder. */
  root?: string;
  /** The file's bytes, when the loader read them (the template's own assets/): copied from here, not read again. */
  bytes?: Uint8Array;
}

export interface LoadedTemplate {
  name: string;
  dir: string;
  manifest: TemplateManifest;
  layout: TemplateSource;
  /** The index page's layout (index.hbs); optional in a user's template. */
  index?: TemplateSource;
  partials: Map<string, TemplateSource>;
  /** style.css followed by the generated @font-face rules. */
  css: string;
  labels: Partial<Record<Lang, Labels>>;
  assets: TemplateAsset[];
  /**
   * The key of every file the loader read (its parents', its font CSS and its own assets
   * included), by name and bytes: what the build cache keys the template by, so that a build
   * reads each file of the template once.
   */
  key: string;
}

/** Where a template named NAME lives, or the folder given; a RunError when there is none. */
export function resolveTemplateDir(nameOrDir: string, cwd: string): string {
  const looksLikePath = /[\\/]/.test(nameOrDir) || nameOrDir.startsWith('.');
  const candidates = looksLikePath ? [path.resolve(cwd, nameOrDir)] : [path.resolve(cwd, nameOrDir), path.join(PACKAGE_ROOT, 'templates', nameOrDir)];
  for (const dir of candidates) {
    if (existsSync(path.join(dir, 'template.json'))) return dir;
  }
  throw new RunError('template/not-found', { name: nameOrDir, path: looksLikePath ? 'yes' : undefined });
}

/** A chain of `extends` longer than this is refused (a loop is caught before it). */
const MAX_EXTENDS = 8;

export async function loadTemplate(nameOrDir: string, cwd: string = process.cwd()): Promise<LoadedTemplate> {
  return loadTemplateDir(resolveTemplateDir(nameOrDir, cwd), cwd, []);
}

/** `"extends": "booklet"` is a built-in template (or one of that name in the working folder); a path is relative to the extending template. */
function parentDir(ref: string, childDir: string, cwd: string): string {
  const looksLikePath = /[\\/]/.test(ref) || ref.startsWith('.');
  return looksLikePath ? resolveTemplateDir(path.resolve(childDir, ref), cwd) : resolveTemplateDir(ref, cwd);
}

async function loadTemplateDir(dir: string, cwd: string, seen: string[]): Promise<LoadedTemplate> {
  const files = await TemplateFiles.open(dir, cwd);
  const manifestFile = path.join(dir, 'template.json');
  const raw = parseJson(await files.read(manifestFile), files.shown(manifestFile));
  // extends: the parent first, then this template's files over it.
  const parent = raw['extends'] === undefined ? undefined : await loadParent(raw['extends'], files, manifestFile, seen);
  const manifest = parseManifest(raw, files.shown(manifestFile), parent?.manifest);
  const layoutFile = path.join(dir, 'layout.hbs');
  const layout = parent && !existsSync(layoutFile) ? parent.layout : { file: files.shown(layoutFile), source: await files.read(layoutFile) };
  const indexFile = path.join(dir, 'index.hbs');
  const index = existsSync(indexFile) ? { file: files.shown(indexFile), source: await files.read(indexFile) } : parent?.index;
  const partials = await readPartials(files, parent);
  const labels = await readLabels(files, manifest, parent);

  const own = await ownAssets(files);
  const fonts = await fontFaces(manifest.fonts ?? [], dir, (name, bytes) => files.log(name, bytes));
  const styleFile = path.join(dir, 'style.css');
  const style = parent && !existsSync(styleFile) ? '' : await files.read(styleFile);
  checkStyleReferences(style, files.shown(styleFile));
  // The parent's CSS first: the child's rules (a custom property, a partial's class) come later and win.
  const css = parent ? `${parent.css}\n${style}\n${fonts.css}` : `${style}\n${fonts.css}`;
  const ownTargets = new Set([...own, ...fonts.assets].map((a) => a.to));
  const assets = [...(parent?.assets ?? []).filter((a) => !ownTargets.has(a.to)), ...own, ...fonts.assets];
  return { name: manifest.name, dir, manifest, layout, ...(index ? { index } : {}), partials, css, labels, assets, key: files.key(parent?.key) };
}

/**
 * A template's own files as the loader reads them. A template reads only its own files: a symlink
 * or a name that leads out of its folder (../../etc/passwd, /etc/passwd) is refused, so a template
 * cannot print a file it was not given. Every file read goes into the template's key.
 */
class TemplateFiles {
  private readonly reads = createHash('sha256');

  private constructor(
    readonly dir: string,
    readonly realDir: string,
    readonly cwd: string,
  ) {}

  static async open(dir: string, cwd: string): Promise<TemplateFiles> {
    return new TemplateFiles(dir, await realpath(dir), cwd);
  }

  /** F as error messages show it: relative to the working folder when inside it. */
  shown(f: string): string {
    const rel = path.relative(this.cwd, f);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : f;
  }

  async inside(f: string, what: string): Promise<void> {
    const real = await realpath(f).catch(() => undefined);
    if (real === undefined) return;
    const rel = path.relative(this.realDir, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new RunError('template/outside', { kind: 'link', file: this.shown(f), what, target: real });
    }
  }

  log(name: string, bytes: Uint8Array): void {
    this.reads.update(`${name}\0${bytes.length}\0`).update(bytes);
  }

  async read(f: string): Promise<string> {
    await this.inside(f, 'file');
    try {
      const bytes = await readInput(f, { root: this.realDir, limit: MAX_TEMPLATE_FILE_BYTES });
      this.log(path.relative(this.dir, f), bytes);
      return bytes.toString('utf8');
    } catch (e) {
      // A FIFO, a device or a huge file in the template is refused unread, and said so.
      if (isRunError(e) && e.code.startsWith('input/')) throw e;
      throw new RunError('template/missing-file', { file: this.shown(f) });
    }
  }

  /** The key of everything read, after the parent's (once: the hash is spent). */
  key(parentKey: string | undefined): string {
    return this.reads.update(parentKey ?? '').digest('hex');
  }
}

/** The template `extends` names, loaded; a chain that loops or runs too long is refused. */
async function loadParent(ref: unknown, files: TemplateFiles, manifestFile: string, seen: string[]): Promise<LoadedTemplate> {
  if (typeof ref !== 'string' || !ref) throw new RunError('template/manifest', { kind: 'extends', file: files.shown(manifestFile) });
  const parentPath = parentDir(ref, files.dir, files.cwd);
  const chain = [...seen, files.realDir];
  if (chain.includes(await realpath(parentPath)) || chain.length > MAX_EXTENDS) {
    throw new RunError('template/manifest', { kind: 'loop', file: files.shown(manifestFile), parent: ref, max: String(MAX_EXTENDS) });
  }
  return loadTemplateDir(parentPath, files.cwd, chain);
}

/** The parent's partials, with this template's partials/ over them, each named by its path without .hbs ("a/b.hbs" is "a/b"). */
async function readPartials(files: TemplateFiles, parent: LoadedTemplate | undefined): Promise<Map<string, TemplateSource>> {
  const partials = new Map<string, TemplateSource>(parent?.partials ?? []);
  for (const f of await listFiles(path.join(files.dir, 'partials'))) {
    if (!f.endsWith('.hbs')) continue;
    const name = f.slice(0, -'.hbs'.length).split(path.sep).join('/');
    partials.set(name, { file: files.shown(path.join(files.dir, 'partials', f)), source: await files.read(path.join(files.dir, 'partials', f)) });
  }
  return partials;
}

/** labels/<lang>.json over the parent's; the template's default language must have labels. */
async function readLabels(files: TemplateFiles, manifest: TemplateManifest, parent: LoadedTemplate | undefined): Promise<Partial<Record<Lang, Labels>>> {
  const labels: Partial<Record<Lang, Labels>> = { ...parent?.labels };
  for (const lang of LANGS) {
    const f = path.join(files.dir, 'labels', `${lang}.json`);
    if (!existsSync(f)) continue;
    const read = parseLabels(await files.read(f), files.shown(f), parent?.labels[lang]);
    // Labels written before dates could carry their weekday: the language's own names.
    labels[lang] = { ...read, weekdays: read.weekdays ?? [...weekdayNames(lang)], weekdaysShort: read.weekdaysShort ?? [...shortWeekdayNames(lang)] };
  }
  if (!labels[manifest.defaultLanguage]) {
    throw new RunError('template/labels', { kind: 'default', file: files.shown(files.dir), lang: manifest.defaultLanguage });
  }
  return labels;
}

/** The template's assets/ folder, each file checked to lie inside the template and read once (into its key). */
async function ownAssets(files: TemplateFiles): Promise<TemplateAsset[]> {
  const assets: TemplateAsset[] = [];
  for (const f of await listFiles(path.join(files.dir, 'assets'))) {
    const from = path.join(files.dir, 'assets', f);
    await files.inside(from, 'asset');
    const bytes = await readInput(from, { root: files.realDir, limit: MAX_TEMPLATE_FILE_BYTES });
    files.log(path.relative(files.dir, from), bytes);
    assets.push({ from, to: path.posix.join('assets', ...f.split(path.sep)), root: files.realDir, bytes });
  }
  return assets;
}

/** template.json, first checked by schemas/template.schema.json: each problem at its FILE:LINE:COL. */
function parseJson(text: string, file: string): Record<string, unknown> {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch (e) {
    throw new RunError('template/manifest', { kind: 'json', file, detail: (e as Error).message });
  }
  const problems = manifestProblems(m, text, file);
  if (problems.length) throw new RunError('template/manifest', { kind: 'schema', file, detail: problems.join('\n') });
  return m as Record<string, unknown>;
}

/** The manifest with what an extending template keeps of its parent, checked once merged. */
function parseManifest(raw: Record<string, unknown>, file: string, parent?: TemplateManifest): TemplateManifest {
  // An extending template may leave out what it keeps of its parent; its fonts add to the parent's.
  const m = {
    ...(parent
      ? {
          description: parent.description,
          pageSize: parent.pageSize,
          defaultLanguage: parent.defaultLanguage,
          ...(parent.courseCalendar !== undefined ? { courseCalendar: parent.courseCalendar } : {}),
        }
      : {}),
    ...raw,
  } as Partial<TemplateManifest> & { extends?: unknown };
  const needs: string[] = [];
  if (typeof m.name !== 'string') needs.push('name');
  if (typeof m.description !== 'string') needs.push('description');
  if (m.pageSize !== 'A4' && m.pageSize !== 'A5') needs.push('pageSize');
  if (!LANGS.includes(m.defaultLanguage as Lang)) needs.push('defaultLanguage');
  if (needs.length) throw new RunError('template/manifest', { kind: 'needs', file, fields: needs.join(',') });
  const { extends: _parent, ...rest } = m;
  return { ...(rest as TemplateManifest), page: parsePage(raw['page'], parent?.page ?? FALLBACK_PAGE, file) };
}

function parseLabels(text: string, file: string, parent?: Labels): Labels {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new RunError('template/labels', { kind: 'json', file, detail: (e as Error).message });
  }
  if (parent) {
    // An extending template's labels change only what they name, group by group.
    const merged: Record<string, unknown> = { ...parent };
    for (const [key, value] of Object.entries(data)) {
      const base = (parent as unknown as Record<string, unknown>)[key];
      merged[key] = isPlainObject(base) && isPlainObject(value) ? { ...base, ...value } : value;
    }
    return merged as unknown as Labels;
  }
  const missing = LABEL_KEYS.filter((k) => data[k] === undefined);
  if (missing.length) throw new RunError('template/labels', { kind: 'groups', file, groups: missing.join(', ') });
  return data as unknown as Labels;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if ((e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.')) out.push(rel);
  }
  return out;
}

/**
 * The latin and latin-ext @font-face rules of each font CSS file, pointed at assets/fonts/ beside
 * the HTML (woff2 only), and the font files to copy there. Other subsets are left out.
 */
async function fontFaces(specs: string[], templateDir: string, log: (name: string, bytes: Uint8Array) => void): Promise<{ css: string; assets: TemplateAsset[] }> {
  const requires = [createRequire(path.join(templateDir, 'package.json')), createRequire(path.join(PACKAGE_ROOT, 'package.json'))];
  const rules: string[] = [];
  const assets: TemplateAsset[] = [];
  for (const spec of specs) {
    // A package's CSS file ("@fontsource/x/400.css"), never a path: "../../etc/passwd" or
    // "/etc/x.css" would make require.resolve read any file on the machine.
    if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w.-]+)*\.css$/i.test(spec) || spec.split('/').includes('..')) {
      throw new RunError('template/font', { kind: 'not-css', spec: JSON.stringify(spec) });
    }
    let cssFile: string | undefined;
    for (const r of requires) {
      try {
        cssFile = r.resolve(spec);
        break;
      } catch {
        /* try the next place */
      }
    }
    // A package in the template's own node_modules is the template's: inside it or refused.
    const fromTemplate = existsSync(path.join(templateDir, 'node_modules', ...spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1)));
    if (!cssFile || !(await stat(cssFile).catch(() => undefined))) {
      throw new RunError('template/font', { kind: 'not-found', spec });
    }
    await checkFontFile(cssFile, cssFile, templateDir, spec, fromTemplate);
    const cssBytes = await readInput(cssFile, { root: packageFolder(cssFile), limit: MAX_FONT_BYTES });
    // The font's bytes, not its path or time: a fresh `npm ci` (every CI run) gives new times to the same files.
    log(spec, cssBytes);
    const css = cssBytes.toString('utf8');
    for (const block of css.split(/(?=\/\* )/)) {
      const name = /^\/\* (\S+) \*\//.exec(block)?.[1];
      if (!name || !/-latin(-ext)?-\d+-(normal|italic)$/.test(name)) continue;
      // The name is read from the CSS file: only a plain font name may name files (font-files.ts).
      if (!FONT_FACE_NAME.test(name)) throw new RunError('template/font', { kind: 'bad-face', spec: JSON.stringify(spec), face: JSON.stringify(name.slice(0, 80)) });
      const file = `${name}.woff2`;
      const from = path.join(path.dirname(cssFile), 'files', file);
      await checkFontFile(from, cssFile, templateDir, spec, fromTemplate);
      rules.push(block.trim().replace(/src: [^;]+;/, `src: url(assets/fonts/${file}) format('woff2');`));
      assets.push({ from, to: `assets/fonts/${file}`, root: packageFolder(cssFile) });
    }
  }
  return { css: rules.join('\n'), assets };
}

const LENGTHS = /^(0|\d+(\.\d+)?(mm|cm|in|pt|px))( (0|\d+(\.\d+)?(mm|cm|in|pt|px))){0,3}$/;
const FONT_SIZE = /^\d+(\.\d+)?(pt|px|mm)$/;
const FONT_LIST = /^[\w '",-]+$/;
const COLOUR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * template.json `page`: { A4: { margin, furnitureSize }, A5: {…}, furnitureFont, furnitureColor },
 * each key optional over BASE (the parent template's, or the fallback). The values go into the
 * page's CSS, so each is checked against a narrow pattern: no `;`, `{` or `}` can get through.
 */
export function parsePage(value: unknown, base: PageSettings, file: string): PageSettings {
  if (value === undefined) return base;
  const bad = (key: string, want: string) => new RunError('template/manifest', { kind: 'page', file, key, want });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('', 'object');
  const v = value as Record<string, unknown>;
  const page: PageSettings = { ...base, A4: { ...base.A4 }, A5: { ...base.A5 } };
  for (const size of ['A4', 'A5'] as const) {
    const s = v[size];
    if (s === undefined) continue;
    if (typeof s !== 'object' || s === null) throw bad(size, 'size');
    const { margin, furnitureSize } = s as Record<string, unknown>;
    if (margin !== undefined) {
      if (typeof margin !== 'string' || !LENGTHS.test(margin)) throw bad(`${size}.margin`, 'margin');
      page[size].margin = margin;
    }
    if (furnitureSize !== undefined) {
      if (typeof furnitureSize !== 'string' || !FONT_SIZE.test(furnitureSize)) throw bad(`${size}.furnitureSize`, 'font-size');
      page[size].furnitureSize = furnitureSize;
    }
  }
  if (v['furnitureFont'] !== undefined) {
    if (typeof v['furnitureFont'] !== 'string' || !FONT_LIST.test(v['furnitureFont'])) throw bad('furnitureFont', 'font-list');
    page.furnitureFont = v['furnitureFont'];
  }
  if (v['furnitureColor'] !== undefined) {
    if (typeof v['furnitureColor'] !== 'string' || !COLOUR.test(v['furnitureColor'])) throw bad('furnitureColor', 'colour');
    page.furnitureColor = v['furnitureColor'];
  }
  if (v['backCover'] !== undefined) {
    if (typeof v['backCover'] !== 'boolean') throw bad('backCover', 'boolean');
    page.backCover = v['backCover'];
  }
  return page;
}
