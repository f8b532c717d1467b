import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

/**
 * Issue 16: `--out` could point anywhere. `--out .` overwrote the project's own index.html,
 * `--out /` tried to write into /. An output folder that is or holds the project, the plans, the
 * template, a git repository or / is refused (exit 2) unless it is empty or studyplan made it.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const MINIMAL = readFileSync(path.join(root, 'tests/fixtures/valid/minimal.yaml'), 'utf8');
let project: string;
const build = (...args: string[]) => runMain(project, ['build', '--format', 'html', ...args]);
const at = (...p: string[]) => path.join(project, ...p);

beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-outdir-'));
  mkdirSync(at('plans'));
  writeFileSync(at('plans/plan.yaml'), MINIMAL);
  writeFileSync(at('index.html'), 'the project site');
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

test('--out . (the project): exit 2, named, the project untouched', async () => {
  const before = readdirSync(project).sort();
  const r = await build('--out', '.');
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toContain('refusing to build into');
  expect(r.stderr).toContain('the project folder');
  expect(readFileSync(at('index.html'), 'utf8')).toBe('the project site');
  expect(readdirSync(project).sort()).toEqual(before);
});

test('--out plans (the plans), --out .. (holds the project), --out /: exit 2', async () => {
  for (const [dir, what] of [
    ['plans', 'the plans'],
    ['..', 'the project folder'],
    ['/', 'the root of the file system'],
  ] as const) {
    const r = await build('--out', dir);
    expect(r.code, `${dir}: ${r.stderr}`).toBe(2);
    expect(r.stderr).toContain(what);
  }
  expect(readdirSync(at('plans'))).toEqual(['plan.yaml']);
});

test('an output folder holding a git repository, or inside .git: exit 2', async () => {
  mkdirSync(at('site/.git'), { recursive: true });
  writeFileSync(at('site/.git/config'), '[core]\n');
  let r = await build('--out', 'site');
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toContain('a git repository');
  r = await build('--out', 'site/.git/hooks');
  expect(r.code, r.stderr).toBe(2);
  expect(existsSync(at('site/.git/hooks'))).toBe(false);
});

test('a fresh or empty folder is used and marked; an old output folder without a marker in a safe place too', async () => {
  let r = await build();
  expect(r.code, r.stderr).toBe(0);
  expect(existsSync(at('out/.studyplan-out'))).toBe(true);
  rmSync(at('out/.studyplan-out'));
  r = await build('--force');
  expect(r.code, r.stderr).toBe(0);
  expect(existsSync(at('out/.studyplan-out'))).toBe(true);
  mkdirSync(at('empty'));
  r = await build('--out', 'empty');
  expect(r.code, r.stderr).toBe(0);
  expect(existsSync(at('empty/plan.html'))).toBe(true);
});

test('a folder studyplan made may hold a git repository (a published site)', async () => {
  expect((await build('--out', 'site')).code).toBe(0);
  mkdirSync(at('site/.git'));
  const r = await build('--out', 'site', '--force');
  expect(r.code, r.stderr).toBe(0);
});

test("stale temp files: only studyplan's pattern, only in OUT and OUT/assets", async () => {
  expect((await build()).code).toBe(0);
  mkdirSync(at('out/other'));
  const mine = at('out/.plan.html.999999.abcdef12.tmp');
  const below = at('out/other/.x.999999.abcdef12.tmp');
  const looksLike = at('out/.x.999999.tmp');
  for (const f of [mine, below, looksLike]) writeFileSync(f, 'x');
  expect((await build('--force')).code).toBe(0);
  expect(existsSync(mine)).toBe(false);
  expect(existsSync(below)).toBe(true);
  expect(existsSync(looksLike)).toBe(true);
});
