import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BIN, ROOT, TEST_LOCALE } from '../helpers/cli.js';

/**
 * Issue 28: a plan committed as a symlink to ~/.git-credentials was read and its lines printed in
 * code frames and GitHub annotations; one linked to /dev/zero made lint grow to 3.6 GB and build
 * to 22.9 GB; `src: /dev/zero` in a text made build read for ever before the plan was checked.
 * Each run here is its own process with a 256 MB heap, killed after 30 s (the machine may be loaded): on the main before the
 * fix the /dev/zero and FIFO cases were killed, the secret was printed.
 */
const MINIMAL = readFileSync(path.join(ROOT, 'tests/fixtures/valid/minimal.yaml'), 'utf8');
const SECRET = 'https://runner:ghp_SECRETTOKEN1234@github.com';
let base: string;
let project: string;
const at = (...p: string[]) => path.join(project, ...p);

/** studyplan ARGS in the project, bounded: 256 MB of heap, SIGKILL after 15 s (then code is null). */
function run(...args: string[]): { code: number | null; out: string; ms: number } {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=256', BIN, ...args], {
    cwd: project,
    encoding: 'utf8',
    timeout: 30_000,
    killSignal: 'SIGKILL',
    env: { ...process.env, ...TEST_LOCALE, NO_COLOR: '1' },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, ms: Date.now() - started };
}

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'studyplan-input-links-'));
  project = path.join(base, 'project');
  mkdirSync(at('plans'), { recursive: true });
  writeFileSync(path.join(base, 'git-credentials'), `${SECRET}\n`);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

test('a plan linked to a credentials file outside the project: not read, not printed, exit 2', () => {
  symlinkSync('../../git-credentials', at('plans/plan.yaml'));
  for (const args of [['lint'], ['lint', '--format', 'github'], ['lint', '--format', 'json'], ['build', '--format', 'html']]) {
    const r = run(...args);
    expect(r.code, `${args.join(' ')}: ${r.out}`).toBe(2);
    expect(r.out).toContain('points outside');
    expect(r.out).not.toContain('SECRETTOKEN');
  }
}, 180_000);

test('a plan linked to /dev/zero: lint and build refuse at once', () => {
  symlinkSync('/dev/zero', at('plans/zero.yaml'));
  for (const args of [['lint'], ['build', '--format', 'html']]) {
    const r = run(...args);
    expect(r.code, `${args.join(' ')}: killed after ${r.ms} ms? ${r.out}`).toBe(2);
    expect(r.out).toContain('not a file');
  }
}, 180_000);

test('a config linked to /dev/zero, or a FIFO: refused before anything reads it', () => {
  writeFileSync(at('plans/plan.yaml'), MINIMAL);
  symlinkSync('/dev/zero', at('studyplan.config.yaml'));
  let r = run('lint');
  expect(r.code, `killed after ${r.ms} ms? ${r.out}`).toBe(2);
  expect(r.out).toContain('not a file');
  rmSync(at('studyplan.config.yaml'));
  execFileSync('mkfifo', [at('studyplan.config.yaml')]);
  r = run('lint');
  expect(r.code, `killed after ${r.ms} ms? ${r.out}`).toBe(2);
  expect(r.out).toContain('is a pipe');
}, 180_000);

test('`src: /dev/zero` in a text: build reads nothing of it and finishes', () => {
  writeFileSync(at('plans/plan.yaml'), `${MINIMAL}introduction:\n  text: |\n    Se bilden:\n    src: /dev/zero\n`);
  const r = run('build', '--format', 'html');
  expect(r.code, `killed after ${r.ms} ms? ${r.out}`).toBe(0);
}, 180_000);

test('a plan linked inside the project is read as before', () => {
  mkdirSync(at('shared'));
  writeFileSync(at('shared/plan.yaml'), MINIMAL);
  symlinkSync('../shared/plan.yaml', at('plans/plan.yaml'));
  const r = run('lint');
  expect(r.code, r.out).toBe(0);
}, 180_000);

test('a FIFO among the plans: named, not skipped in silence (issue 30), and never waited on', () => {
  writeFileSync(at('plans/a.yaml'), MINIMAL);
  execFileSync('mkfifo', [at('plans/b.yaml')]);
  for (const args of [['lint'], ['build', '--format', 'html']]) {
    const r = run(...args);
    expect(r.code, `${args.join(' ')}: killed after ${r.ms} ms? ${r.out}`).toBe(2);
    expect(r.out).toMatch(/b\.yaml: is a (FIFO|pipe)/);
  }
}, 180_000);
