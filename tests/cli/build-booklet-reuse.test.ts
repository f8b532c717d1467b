import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, runMain } from '../helpers/cli.js';

/**
 * Issue 30: `build --booklet` after a build without it reprinted every HTML page and A4 PDF
 * (16.8 s against 8.1 s) instead of printing the booklets from the pages it had. Now a build
 * prints only the printed outputs that are out of date, from the HTML in out/ when that is up to
 * date; the HTML and the A4 PDF stay the very files they were (same inode: not rewritten).
 * main() of the compiled CLI in this process (runMain: nothing here is about the process), real
 * Chromium, a short print timeout.
 */
let project: string;
const at = (...p: string[]) => path.join(project, ...p);
const run = (...args: string[]) => runMain(project, [...args, '--print-timeout', '30']);
/** A file's identity: an atomic rewrite gives it a new inode. */
const id = (file: string) => statSync(at('out', file)).ino;

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-booklet-reuse-'));
  mkdirSync(at('plans'));
  writeFileSync(at('plans/plan.yaml'), readFileSync(path.join(ROOT, 'tests/fixtures/valid/dated-course.yaml')));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

test('html, then pdf, then --booklet: each build prints only what is new, from the HTML it has', { timeout: 90_000 }, async () => {
  let r = await run('build', '--format', 'html');
  expect(r.code, r.stderr).toBe(0);
  const html = id('plan.html');

  r = await run('build');
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('PDF written');
  expect(r.stdout).not.toContain('HTML written');
  expect(id('plan.html')).toBe(html);
  const pdf = id('plan.pdf');
  expect(readFileSync(at('out/index.html'), 'utf8')).toContain('href="plan.pdf"');

  r = await run('build', '--booklet');
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('booklet written');
  expect(r.stdout).not.toMatch(/HTML written|PDF written/);
  expect([id('plan.html'), id('plan.pdf')]).toEqual([html, pdf]);
  expect(statSync(at('out/plan.booklet.pdf')).size).toBeGreaterThan(1000);
  const index = readFileSync(at('out/index.html'), 'utf8');
  expect(index).toContain('href="plan.booklet.pdf"');
  expect(index).toContain('href="plan.pdf"');

  // And then nothing is left to do.
  r = await run('build', '--booklet');
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).not.toMatch(/written/);
});
