import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RequestGuard } from '../../src/pdf/request-guard.js';

/**
 * Issue 28: the print guard let a page load any file inside the output folder, so a template
 * could embed the build cache (absolute paths of the machine), the output marker, a temp file or
 * another plan's outputs into a PDF (an <iframe>, an <object>, a CSS url()). The page now loads
 * its own HTML and the assets, never a dot-named file or folder.
 */
let dir: string;
const file = (...p: string[]) => pathToFileURL(path.join(dir, ...p)).href;

beforeAll(async () => {
  dir = await import('node:fs/promises').then((f) => f.mkdtemp(path.join(tmpdir(), 'studyplan-guard-own-')));
  await mkdir(path.join(dir, 'out', 'assets', 'fonts'), { recursive: true });
  await mkdir(path.join(dir, 'out', '.git'), { recursive: true });
  await mkdir(path.join(dir, 'out', 'assets', '.cache'), { recursive: true });
  for (const f of [
    'plan.html',
    'other.html',
    'other.pdf',
    '.studyplan-cache.json',
    '.studyplan-out',
    '.plan.pdf.123.x.tmp',
    '.git/config',
    'assets/fonts/f.woff2',
    'assets/.hidden.css',
    'assets/.cache/x.css',
  ]) {
    await writeFile(path.join(dir, 'out', f), 'x');
  }
  await symlink(path.join(dir, 'out', '.studyplan-cache.json'), path.join(dir, 'out', 'assets', 'cache.css'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('as the build prints: the page and its assets, nothing else of out/', async () => {
  const guard = await RequestGuard.create([path.join(dir, 'out', 'assets')], path.join(dir, 'out', 'plan.html'));
  expect(await guard.allows(file('out', 'plan.html'))).toBe(true);
  expect(await guard.allows(`${file('out', 'plan.html')}#kurser`)).toBe(true);
  expect(await guard.allows(file('out', 'assets', 'fonts', 'f.woff2'))).toBe(true);
  for (const f of ['other.html', 'other.pdf', '.studyplan-cache.json', '.studyplan-out', '.plan.pdf.123.x.tmp', '.git/config', 'assets/.hidden.css', 'assets/.cache/x.css', 'assets/cache.css']) {
    expect(await guard.allows(file('out', ...f.split('/'))), f).toBe(false);
  }
});

test('with the whole out/ as a root (the API allows it), dot-files stay out', async () => {
  const guard = await RequestGuard.create([path.join(dir, 'out')], path.join(dir, 'out', 'plan.html'));
  expect(await guard.allows(file('out', 'other.html'))).toBe(true);
  for (const f of ['.studyplan-cache.json', '.studyplan-out', '.plan.pdf.123.x.tmp', '.git/config', 'assets/.hidden.css']) {
    expect(await guard.allows(file('out', ...f.split('/'))), f).toBe(false);
  }
});
