import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ROOT, runMain } from '../helpers/cli.js';

/**
 * Issue 30: a deleted plan's PDF and booklet stayed in out/ after the build said it had removed
 * the plan's outputs (init, new, build, build --format html --force, rm the plan, build): the
 * HTML-only build and --force forgot the files the earlier builds had written. main() of the
 * compiled CLI in this process (runMain: nothing here is about the process), real Chromium; each
 * build prints with a short timeout.
 */
const DATED = readFileSync(path.join(ROOT, 'tests/fixtures/valid/dated-course.yaml'), 'utf8');
let base: string;
let project: string;
const at = (...p: string[]) => path.join(project, ...p);
const run = (...args: string[]) => runMain(project, args);

beforeEach(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'studyplan-deleted-'));
  project = path.join(base, 'proj');
  expect((await runMain(base, ['init', 'proj'])).code).toBe(0);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const PRINT = ['--print-timeout', '30'];

test('init, new, build (every format), build --format html --force, rm the plan, build: nothing of the plan is left', { timeout: 90_000 }, async () => {
  expect((await run('new', 'kurs')).code).toBe(0);
  // A plan with a dated course: it also has OUT/kurs.ics and OUT/kurs.calendars/.
  writeFileSync(at('plans/kurs.yaml'), DATED);
  let r = await run('build', '--booklet', '--format', 'html,pdf,json', ...PRINT);
  expect(r.code, r.stderr).toBe(0);
  const written = ['kurs.html', 'kurs.pdf', 'kurs.booklet.pdf', 'kurs.json', 'kurs.ics', 'kurs.calendars'];
  for (const f of written) expect(existsSync(at('out', f)), f).toBe(true);

  r = await run('build', '--format', 'html', '--force', ...PRINT);
  expect(r.code, r.stderr).toBe(0);
  // The HTML-only build links no PDF it did not print (the file stays until its plan goes).
  expect(readFileSync(at('out/index.html'), 'utf8')).not.toContain('kurs.pdf');

  rmSync(at('plans/kurs.yaml'));
  r = await run('build', ...PRINT);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr + r.stdout).toContain('kurs');
  const left = readdirSync(at('out')).filter((f) => f.startsWith('kurs'));
  expect(left).toEqual([]);
  // Only studyplan's own files went: the example plan (built now) and the rest are there.
  expect(existsSync(at('out/exempel.pdf'))).toBe(true);
});

test('a plan deleted after a build by another studyplan version: the files its cache lists are removed, and nothing else', { timeout: 60_000 }, async () => {
  expect((await run('new', 'kurs')).code).toBe(0);
  writeFileSync(at('plans/kurs.yaml'), DATED);
  expect((await run('build', '--format', 'html,json')).code).toBe(0);
  // Someone's own file in out/, named like an output of no plan: not studyplan's, so it stays.
  writeFileSync(at('out/kurs-anteckningar.pdf'), 'mine');
  const cacheFile = at('out/.studyplan-cache.json');
  const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { tool: string };
  writeFileSync(cacheFile, JSON.stringify({ ...cache, tool: '0.0.1-older' }));
  rmSync(at('plans/kurs.yaml'));
  const r = await run('build', '--format', 'html');
  expect(r.code, r.stderr).toBe(0);
  expect(readdirSync(at('out')).filter((f) => f.startsWith('kurs'))).toEqual(['kurs-anteckningar.pdf']);
});
