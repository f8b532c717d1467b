import { existsSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { RunError } from '../errors/run-error.js';
import type { Language } from '../plan/types.js';
import { PACKAGE_ROOT } from '../version.js';
import { checkFontFile, FONT_FACE_NAME } from './font-files.js';
import { LABEL_KEYS, LANGUAGES, type Labels } from './labels.js';

export interface TemplateManifest {
  name: string;
  description: string;
  pageSize: 'A4' | 'A5';
  defaultLanguage: Language;
  /** CSS files of @fontsource packages, e.g. "@fontsource/source-serif-4/400.css"; latin subsets are used. */
  fonts?: string[];
}

export interface TemplateSource {
  /** Path shown in error messages (relative to the working folder when inside it). */
  file: string;
  source: string;
}

/** A file the build copies beside the HTML: from an absolute path to a path relative to OUT. */
export interface TemplateAsset {
  from: string;
  to: string;
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
  labels: Partial<Record<Language, Labels>>;
  assets: TemplateAsset[];
}

/** Where a template named NAME lives, or the folder given; a RunError when there is none. */
export function resolveTemplateDir(nameOrDir: string, cwd: string): string {
  const looksLikePath = /[\\/]/.test(nameOrDir) || nameOrDir.startsWith('.');
  const candidates = looksLikePath ? [path.resolve(cwd, nameOrDir)] : [path.resolve(cwd, nameOrDir), path.join(PACKAGE_ROOT, 'templates', nameOrDir)];
  for (const dir of candidates) {
    if (existsSync(path.join(dir, 'template.json'))) return dir;
  }
  throw new RunError(
    `template not found: ${nameOrDir}`,
    looksLikePath ? `A template folder needs a template.json, a layout.hbs and labels/ (see docs/build.md).` : `Use --template booklet, or the path of a template folder.`,
    'template/not-found',
  );
}

export async function loadTemplate(nameOrDir: string, cwd: string = process.cwd()): Promise<LoadedTemplate> {
  const dir = resolveTemplateDir(nameOrDir, cwd);
  const shown = (f: string) => {
    const rel = path.relative(cwd, f);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : f;
  };
  // A template reads only its own files: a symlink or a name that leads out of its folder
  // (../../etc/passwd, /etc/passwd) is refused, so a template cannot print a file it was not given.
  const realDir = await realpath(dir);
  const inside = async (f: string, what: string) => {
    const real = await realpath(f).catch(() => undefined);
    if (real === undefined) return;
    const rel = path.relative(realDir, real);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new RunError(`${shown(f)}: the ${what} points outside the template folder (to ${real})`, 'A template may use only files inside its own folder; copy the file in instead of linking to it.', 'template/outside');
    }
  };
  const read = async (f: string) => {
    await inside(f, 'file');
    try {
      return await readFile(f, 'utf8');
    } catch {
      throw new RunError(`${shown(f)}: cannot read the template file`, 'Every template needs template.json, layout.hbs, style.css and labels/sv.json.', 'template/missing-file');
    }
  };
  const manifest = parseManifest(await read(path.join(dir, 'template.json')), shown(path.join(dir, 'template.json')));
  const layoutFile = path.join(dir, 'layout.hbs');
  const layout = { file: shown(layoutFile), source: await read(layoutFile) };
  const indexFile = path.join(dir, 'index.hbs');
  const index = existsSync(indexFile) ? { file: shown(indexFile), source: await read(indexFile) } : undefined;

  const partials = new Map<string, TemplateSource>();
  for (const f of await listFiles(path.join(dir, 'partials'))) {
    if (!f.endsWith('.hbs')) continue;
    const name = f.slice(0, -'.hbs'.length).split(path.sep).join('/');
    partials.set(name, { file: shown(path.join(dir, 'partials', f)), source: await read(path.join(dir, 'partials', f)) });
  }

  const labels: Partial<Record<Language, Labels>> = {};
  for (const lang of LANGUAGES) {
    const f = path.join(dir, 'labels', `${lang}.json`);
    if (existsSync(f)) labels[lang] = parseLabels(await read(f), shown(f));
  }
  if (!labels[manifest.defaultLanguage]) {
    throw new RunError(`${shown(dir)}: no labels/${manifest.defaultLanguage}.json for the template's default language`, undefined, 'template/labels');
  }

  const assets: TemplateAsset[] = (await listFiles(path.join(dir, 'assets'))).map((f) => ({ from: path.join(dir, 'assets', f), to: path.posix.join('assets', ...f.split(path.sep)) }));
  for (const a of assets) await inside(a.from, 'asset');
  const fonts = await fontFaces(manifest.fonts ?? [], dir);
  const styleFile = path.join(dir, 'style.css');
  const style = await read(styleFile);
  checkStyleReferences(style, shown(styleFile));
  const css = `${style}\n${fonts.css}`;
  return { name: manifest.name, dir, manifest, layout, ...(index ? { index } : {}), partials, css, labels, assets: [...assets, ...fonts.assets] };
}

function parseManifest(text: string, file: string): TemplateManifest {
  let m: Partial<TemplateManifest>;
  try {
    m = JSON.parse(text) as Partial<TemplateManifest>;
  } catch (e) {
    throw new RunError(`${file}: not valid JSON: ${(e as Error).message}`, undefined, 'template/manifest');
  }
  const problems: string[] = [];
  if (typeof m.name !== 'string') problems.push('name (text)');
  if (typeof m.description !== 'string') problems.push('description (text)');
  if (m.pageSize !== 'A4' && m.pageSize !== 'A5') problems.push('pageSize ("A4" or "A5")');
  if (!LANGUAGES.includes(m.defaultLanguage as Language)) problems.push('defaultLanguage ("sv", "en" or "nb")');
  if (m.fonts !== undefined && !(Array.isArray(m.fonts) && m.fonts.every((f) => typeof f === 'string'))) problems.push('fonts (a list of CSS files of font packages)');
  if (problems.length) throw new RunError(`${file}: the manifest needs ${problems.join(', ')}`, undefined, 'template/manifest');
  return m as TemplateManifest;
}

function parseLabels(text: string, file: string): Labels {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new RunError(`${file}: not valid JSON: ${(e as Error).message}`, undefined, 'template/labels');
  }
  const missing = LABEL_KEYS.filter((k) => data[k] === undefined);
  if (missing.length) throw new RunError(`${file}: missing label groups: ${missing.join(', ')}`, 'Copy templates/booklet/labels/sv.json and translate it.', 'template/labels');
  return data as unknown as Labels;
}

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
async function fontFaces(specs: string[], templateDir: string): Promise<{ css: string; assets: TemplateAsset[] }> {
  const requires = [createRequire(path.join(templateDir, 'package.json')), createRequire(path.join(PACKAGE_ROOT, 'package.json'))];
  const rules: string[] = [];
  const assets: TemplateAsset[] = [];
  for (const spec of specs) {
    // A package's CSS file ("@fontsource/x/400.css"), never a path: "../../etc/passwd" or
    // "/etc/x.css" would make require.resolve read any file on the machine.
    if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w.-]+)*\.css$/i.test(spec) || spec.split('/').includes('..')) {
      throw new RunError(`font ${JSON.stringify(spec)} is not a font package's CSS file`, 'Name fonts as package/file.css, e.g. "@fontsource/source-serif-4/400.css"; paths are not allowed.', 'template/font');
    }
    let cssFile: string | undefined;
    let fromTemplate = false;
    for (const r of requires) {
      try {
        cssFile = r.resolve(spec);
        break;
      } catch {
        /* try the next place */
      }
    }
    // A package in the template's own node_modules is the template's: inside it or refused.
    fromTemplate = existsSync(path.join(templateDir, 'node_modules', ...spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1)));
    if (!cssFile || !(await stat(cssFile).catch(() => undefined))) {
      throw new RunError(`font not found: ${spec}`, 'Install the font package (npm install @fontsource/...) or remove it from template.json.', 'template/font');
    }
    await checkFontFile(cssFile, cssFile, templateDir, spec, fromTemplate);
    const css = await readFile(cssFile, 'utf8');
    for (const block of css.split(/(?=\/\* )/)) {
      const name = /^\/\* (\S+) \*\//.exec(block)?.[1];
      if (!name || !/-latin(-ext)?-\d+-(normal|italic)$/.test(name)) continue;
      // The name is read from the CSS file: only a plain font name may name files (font-files.ts).
      if (!FONT_FACE_NAME.test(name)) throw new RunError(`font ${JSON.stringify(spec)}: ${JSON.stringify(name.slice(0, 80))} is not a font name`, 'Font packages name their faces with letters, digits and hyphens; reinstall the package.', 'template/font');
      const file = `${name}.woff2`;
      const from = path.join(path.dirname(cssFile), 'files', file);
      await checkFontFile(from, cssFile, templateDir, spec, fromTemplate);
      rules.push(block.trim().replace(/src: [^;]+;/, `src: url(assets/fonts/${file}) format('woff2');`));
      assets.push({ from, to: `assets/fonts/${file}` });
    }
  }
  return { css: rules.join('\n'), assets };
}

/**
 * A stylesheet may reference only files beside it (assets/…) and data: URLs: no @import, no
 * url() to the network, an absolute path, file: or a `..` escape. Printing refuses such loads
 * anyway (src/pdf/request-guard.ts); here the template is refused at once, with its line.
 */
function checkStyleReferences(raw: string, file: string): void {
  // Read as the browser reads it: escapes (`\75rl(`, `@\69mport`) decoded first, so that they
  // cannot hide a reference; lines stay where they were (decoding never removes a newline).
  const css = decodeCssEscapes(raw);
  // image-set() takes bare strings as well as url(): each string is a reference too.
  const refs = /@import\b[^;]*|url\(\s*(['"]?)([^'")]*)\1\s*\)|(?<=image-set\([^)]*?)(['"])([^'"]*)\3/gi;
  for (const m of css.matchAll(refs)) {
    const target = m[2] ?? m[4];
    const ok = target !== undefined && !m[0].toLowerCase().startsWith('@import') &&
      (/^data:/i.test(target) || (!/^[a-z][\w+.-]*:|^\/|^\\/i.test(target) && !target.split(/[\\/]/).includes('..')));
    if (ok) continue;
    const line = css.slice(0, m.index).split('\n').length;
    throw new RunError(`${file}:${line}: ${JSON.stringify(m[0].trim().slice(0, 80)).slice(1, -1)} loads a file from outside the template`, 'A stylesheet may use url(assets/...) and data: URLs only; copy fonts and images into the template\'s assets/ folder.', 'template/outside');
  }
}

/** CSS escapes decoded: `\HEX` (1–6 digits, one following space eaten) and `\c`; an escaped newline stays a newline. */
function decodeCssEscapes(css: string): string {
  return css.replace(/\\(?:([0-9a-f]{1,6})[ \t]?|([^\n0-9a-f]))/gi, (all, hex: string | undefined, char: string | undefined) => {
    if (char !== undefined) return char;
    const code = Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}
