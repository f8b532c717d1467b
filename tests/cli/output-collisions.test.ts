import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

/**
 * Issue 16: plans whose outputs share a file name wrote over each other with exit 0. Now two plans
 * that would write one file are an error naming both (exit 1) and nothing is written; a plan name
 * with #, ? or % gets links that work.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const MINIMAL = readFileSync(path.join(root, 'tests/fixtures/valid/minimal.yaml'), 'utf8');
let project: string;
const plan = (rel: string) => {
  mkdirSync(path.dirname(path.join(project, rel)), { recursive: true });
  writeFileSync(path.join(project, rel), MINIMAL);
};
const build = (...args: string[]) => runMain(project, ['build', '--format', 'html', ...args]);

beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-names-'));
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

test('a.yaml, a.yml and other/a.yaml in one build: exit 1, both named, nothing written', async () => {
  plan('plans/a.yaml');
  plan('plans/a.yml');
  plan('other/a.yaml');
  const r = await build('plans/', 'other/');
  expect(r.code, r.stderr).toBe(1);
  // Sorted: other/a.yaml comes first and is named by both others; each pair once, at the first file shared.
  expect(r.stderr).toContain('plans/a.yaml:1:1  error  This plan would write a.html, as other/a.yaml does; rename one of them.  build/output-collision');
  expect(r.stderr).toContain('plans/a.yml:1:1  error  This plan would write a.html, as other/a.yaml does;');
  expect(r.stderr).toContain('other/a.yaml:1:1  error  This plan would write a.html, as plans/a.yaml does;');
  expect(r.stderr).toContain('other/a.yaml:1:1  error  This plan would write a.html, as plans/a.yml does;');
  expect(r.stderr.trim().split('\n')).toEqual([...Array<unknown>(4).fill(expect.stringContaining('  error  ')), '✖ 4 problems (4 errors, 0 warnings)']);
  expect(r.stderr).toContain('build/output-collision');
  expect(existsSync(path.join(project, 'out'))).toBe(false);
});

test('x.yaml beside x.booklet.yaml (the booklet of one is the PDF of the other): exit 1', async () => {
  plan('plans/x.yaml');
  plan('plans/x.booklet.yaml');
  const r = await build();
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toMatch(/plans\/x\.booklet\.yaml:1:1 {2}error {2}This plan would write x\.booklet\.pdf, as plans\/x\.yaml does; /);
  expect(existsSync(path.join(project, 'out'))).toBe(false);
});

test('index.yaml would write over the index page: exit 1', async () => {
  plan('plans/index.yaml');
  plan('plans/Index.yml');
  const r = await build();
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toContain("plans/index.yaml:1:1  error  This plan would write index.html, the build's index page");
  expect(existsSync(path.join(project, 'out'))).toBe(false);
});

test('a name with #, ? and % builds, and the index links to it', async () => {
  plan('plans/vår#1?50%.yaml');
  const r = await build();
  expect(r.code, r.stderr).toBe(0);
  expect(readdirSync(path.join(project, 'out'))).toContain('vår#1?50%.html');
  const index = readFileSync(path.join(project, 'out/index.html'), 'utf8');
  const href = /href="([^"]*50[^"]*)"/.exec(index)?.[1] ?? '';
  expect(decodeURIComponent(new URL(href, 'file:///out/').pathname.slice('/out/'.length))).toBe('vår#1?50%.html');
});

test('a name with a control character (ESC) is refused, exit 1', async () => {
  plan('plans/a\u001b[2Jb.yaml');
  const r = await build();
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toContain('build/plan-name');
});
