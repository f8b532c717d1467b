import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ROOT, runMain } from '../helpers/cli.js';

/**
 * Issue 28: `init --force` wrote through a symlinked file into the file it named; a plan named
 * `.studyplan-cache.yaml` published the build cache as its open data; a plan name of 240 bytes
 * gave "unexpected error" (its temporary file's name was longer than a file name may be). Each
 * test failed on the main before the fix.
 */
const MINIMAL = readFileSync(path.join(ROOT, 'tests/fixtures/valid/minimal.yaml'), 'utf8');
let base: string;
let project: string;
const at = (...p: string[]) => path.join(project, ...p);

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'studyplan-names-'));
  project = path.join(base, 'project');
  mkdirSync(at('plans'), { recursive: true });
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

test('init --force replaces a symlinked file and never writes through it, nor through a linked folder', async () => {
  writeFileSync(path.join(base, 'victim'), 'victim');
  mkdirSync(path.join(base, 'elsewhere'));
  symlinkSync('../victim', at('studyplan.config.yaml'));
  let r = await runMain(project, ['init', '--force']);
  expect(r.code, r.stderr).toBe(0);
  expect(readFileSync(path.join(base, 'victim'), 'utf8')).toBe('victim');
  expect(lstatSync(at('studyplan.config.yaml')).isFile()).toBe(true);
  rmSync(at('plans'), { recursive: true });
  symlinkSync('../elsewhere', at('plans'));
  r = await runMain(project, ['init', '--force']);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toContain('link');
  expect(readdirSync(path.join(base, 'elsewhere'))).toEqual([]);
  expect(lstatSync(at('plans')).isSymbolicLink()).toBe(true);
});

test('a plan named .studyplan-cache.yaml is refused (build/plan-name); the cache stays the cache', async () => {
  writeFileSync(at('plans/.studyplan-cache.yaml'), MINIMAL);
  const r = await runMain(project, ['build', '--format', 'html,json', 'plans/.studyplan-cache.yaml']);
  expect(r.code, r.stderr + r.stdout).toBe(1);
  expect(r.stdout + r.stderr).toContain('build/plan-name');
  expect(existsSync(at('out/.studyplan-cache.json'))).toBe(false);
});

test('a plan name of 240 bytes: a message naming the limit, not "unexpected error"', async () => {
  const name = 'å'.repeat(120);
  writeFileSync(at(`plans/${name}.yaml`), MINIMAL);
  const r = await runMain(project, ['build', '--format', 'html']);
  expect(r.code, r.stderr + r.stdout).toBe(1);
  expect(r.stdout + r.stderr).toContain('at most 200 bytes');
  expect(r.stdout + r.stderr).not.toMatch(/unexpected/i);
});
