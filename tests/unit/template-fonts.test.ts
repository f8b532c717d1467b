import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { build } from '../../src/pipeline/build.js';
import { loadTemplate } from '../../src/render/template-loader.js';

/**
 * Issue 16: a template's `fonts` entry resolved through its own node_modules copied /etc/passwd
 * into out/assets/fonts/ (a symlinked font file), and a crafted font name wrote outside out/.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let tpl: string;
const face = (name: string) => `/* ${name} */\n@font-face {\n  font-family: 'Evil';\n  src: url(./files/${name}.woff2) format('woff2');\n}\n`;

function fontPackage(css: string): string {
  const pkg = path.join(tpl, 'node_modules/evil-font');
  mkdirSync(path.join(pkg, 'files'), { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), '{"name":"evil-font","version":"1.0.0"}');
  writeFileSync(path.join(pkg, '400.css'), css);
  const manifest = JSON.parse(readFileSync(path.join(tpl, 'template.json'), 'utf8')) as { fonts: string[] };
  manifest.fonts = ['evil-font/400.css'];
  writeFileSync(path.join(tpl, 'template.json'), JSON.stringify(manifest));
  return pkg;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-fonts-'));
  tpl = path.join(dir, 'project/tpl');
  cpSync(path.join(root, 'templates/booklet'), tpl, { recursive: true });
  mkdirSync(path.join(dir, 'project/plans'));
  cpSync(path.join(root, 'tests/fixtures/valid/minimal.yaml'), path.join(dir, 'project/plans/plan.yaml'));
  writeFileSync(path.join(dir, 'secret'), 'root:x:0:0:SECRET');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const buildWith = () => build(['plans/'], { cwd: path.join(dir, 'project'), template: 'tpl', formats: ['html'] });
const fontsOut = () => path.join(dir, 'project/out/assets/fonts');

test('a font file that is a symlink out of its package is refused; nothing is copied', async () => {
  const pkg = fontPackage(face('evil-latin-400-normal'));
  symlinkSync(path.join(dir, 'secret'), path.join(pkg, 'files/evil-latin-400-normal.woff2'));
  await expect(loadTemplate('tpl', path.join(dir, 'project'))).rejects.toThrow(/evil-latin-400-normal\.woff2 points outside its font package/);
  await expect(buildWith()).rejects.toThrow(/points outside/);
  const copied = existsSync(fontsOut()) ? readdirSync(fontsOut()).map((f) => readFileSync(path.join(fontsOut(), f), 'utf8')) : [];
  expect(copied.join('')).not.toContain('SECRET');
});

test("a font package of the template's that is a symlink to a folder outside the template is refused", async () => {
  const outside = path.join(dir, 'outside-font');
  mkdirSync(path.join(outside, 'files'), { recursive: true });
  writeFileSync(path.join(outside, '400.css'), face('evil-latin-400-normal'));
  writeFileSync(path.join(outside, 'files/evil-latin-400-normal.woff2'), 'SECRET');
  const pkg = fontPackage('');
  rmSync(pkg, { recursive: true });
  symlinkSync(outside, pkg);
  await expect(loadTemplate('tpl', path.join(dir, 'project'))).rejects.toThrow(/points outside/);
});

test('a crafted font name (../ in the CSS comment) is refused, nothing written outside out/', async () => {
  const name = '../../../../escaped-latin-400-normal';
  const pkg = fontPackage(face(name));
  // The file the name points at (files/../../../../ is the project folder) exists ...
  writeFileSync(path.join(pkg, 'files', `${name}.woff2`), 'x');
  await expect(buildWith()).rejects.toThrow(/is not a font name/);
  // ... and its copy would land four folders above out/assets/fonts/: beside the project.
  expect(existsSync(path.join(dir, 'escaped-latin-400-normal.woff2'))).toBe(false);
});

test("a template's own, real font package works", async () => {
  const pkg = fontPackage(face('evil-latin-400-normal'));
  writeFileSync(path.join(pkg, 'files/evil-latin-400-normal.woff2'), 'FONTDATA');
  const r = await buildWith();
  expect(r.plans[0]?.outputs.length).toBe(1);
  expect(readFileSync(path.join(fontsOut(), 'evil-latin-400-normal.woff2'), 'utf8')).toBe('FONTDATA');
});

test('a font file the font CSS names but the package lacks is a template error, not a crash', async () => {
  fontPackage(face('missing-latin-400-normal'));
  await expect(loadTemplate('tpl', path.join(dir, 'project'))).rejects.toThrow(/missing-latin-400-normal\.woff2 is missing/);
});
