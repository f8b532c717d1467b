import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ROOT, runMain } from '../helpers/cli.js';

/**
 * Issue 28: the out-folder guard checked `out` but not what is inside it. A PR that commits
 * `out/assets -> ../.git` and a template shipping `assets/config` (core.fsmonitor set to a
 * command) made `studyplan build` in a fresh clone replace .git/config, and the next git command
 * ran the command. With `out/assets -> ../outside` fonts were written outside and the stale-temp
 * sweep deleted a file there. On the main before the fix each test here failed.
 */
const MINIMAL = readFileSync(path.join(ROOT, 'tests/fixtures/valid/minimal.yaml'), 'utf8');
let base: string;
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** `studyplan build --format html` in CWD, in this process (the CLI's own main, compiled). */
async function build(cwd: string, ...args: string[]): Promise<{ code: number | null; out: string }> {
  const r = await runMain(cwd, ['build', '--format', 'html', ...args]);
  return { code: r.code, out: `${r.stdout}${r.stderr}` };
}

/** Every file below DIR (links as their target text) with its bytes' hash: equal trees, equal maps. */
function snapshot(dir: string): Map<string, string> {
  const seen = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const r = path.join(rel, name);
      const info = lstatSync(path.join(dir, r));
      if (info.isDirectory()) walk(r);
      else
        seen.set(
          r,
          info.isSymbolicLink()
            ? `link:${readlinkSync(path.join(dir, r))}`
            : createHash('sha256')
                .update(readFileSync(path.join(dir, r)))
                .digest('hex'),
        );
    }
  };
  walk('');
  return seen;
}

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'studyplan-out-links-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

test('the git-config attack end to end: a fresh clone, build, git status runs nothing, .git unchanged', async () => {
  const pr = path.join(base, 'pr');
  const pwned = path.join(base, 'PWNED');
  mkdirSync(path.join(pr, 'plans'), { recursive: true });
  mkdirSync(path.join(pr, 'evil/assets'), { recursive: true });
  mkdirSync(path.join(pr, 'out'));
  writeFileSync(path.join(pr, 'plans/plan.yaml'), MINIMAL);
  writeFileSync(path.join(pr, 'studyplan.config.yaml'), 'template: ./evil\n');
  writeFileSync(path.join(pr, 'evil/template.json'), JSON.stringify({ name: 'evil', description: 'x', extends: 'booklet' }));
  writeFileSync(path.join(pr, 'evil/assets/config'), `[core]\n\trepositoryformatversion = 0\n\tfsmonitor = "touch ${pwned}; false"\n`);
  // The PR marks out/ as studyplan's own too, so that only the link stands in the way.
  writeFileSync(path.join(pr, 'out/.studyplan-out'), 'x\n');
  symlinkSync('../.git', path.join(pr, 'out/assets'));
  git(pr, 'init', '-q');
  git(pr, 'add', '-f', '.');
  git(pr, 'commit', '-q', '-m', 'a harmless pull request');

  const clone = path.join(base, 'clone');
  git(base, 'clone', '-q', pr, clone);
  expect(lstatSync(path.join(clone, 'out/assets')).isSymbolicLink()).toBe(true);
  const before = snapshot(path.join(clone, '.git'));
  const r = await build(clone);
  expect(r.code, r.out).toBe(2);
  expect(r.out).toContain('link');
  expect(snapshot(path.join(clone, '.git'))).toEqual(before);
  git(clone, 'status', '--porcelain');
  expect(existsSync(pwned)).toBe(false);
}, 180_000);

test('out/assets -> ../outside: nothing written there, and the stale-temp sweep deletes nothing there', async () => {
  const project = path.join(base, 'project');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(project, 'plans'), { recursive: true });
  mkdirSync(path.join(project, 'out'));
  mkdirSync(outside);
  writeFileSync(path.join(project, 'plans/plan.yaml'), MINIMAL);
  writeFileSync(path.join(project, 'out/.studyplan-out'), 'x\n');
  // A temporary file's name of a process that is long gone: the sweep's pattern exactly.
  writeFileSync(path.join(outside, '.notes.txt.999999.0badf00d.tmp'), 'someone else’s file');
  writeFileSync(path.join(outside, 'keep.txt'), 'keep');
  symlinkSync('../../outside', path.join(project, 'out/assets'));
  const before = snapshot(outside);
  const r = await build(project);
  expect(r.code, r.out).toBe(2);
  expect(r.out).toContain('link');
  expect(snapshot(outside)).toEqual(before);
}, 180_000);

test('out: pointing at a folder of someone else’s site: refused, its index.html kept', async () => {
  const project = path.join(base, 'project');
  const site = path.join(base, 'site');
  mkdirSync(path.join(project, 'plans'), { recursive: true });
  mkdirSync(site);
  writeFileSync(path.join(project, 'plans/plan.yaml'), MINIMAL);
  writeFileSync(path.join(project, 'studyplan.config.yaml'), 'out: ../site\n');
  writeFileSync(path.join(site, 'index.html'), 'their site');
  const r = await build(project);
  expect(r.code, r.out).toBe(2);
  expect(r.out).toContain('did not write');
  expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('their site');
  expect(readdirSync(site)).toEqual(['index.html']);
  // An empty folder, or one studyplan made, is used.
  rmSync(path.join(site, 'index.html'));
  expect((await build(project)).code).toBe(0);
  expect((await build(project)).code).toBe(0);
}, 180_000);

test('an output folder an older studyplan left without marker or cache is used; a site of index.html and assets/ alone is not', async () => {
  const project = path.join(base, 'project');
  const out = (...p: string[]) => path.join(project, 'out', ...p);
  mkdirSync(path.join(project, 'plans'), { recursive: true });
  writeFileSync(path.join(project, 'plans/plan.yaml'), MINIMAL);
  // Before the marker, a build that stopped before writing its cache left only its outputs.
  mkdirSync(out('assets'), { recursive: true });
  writeFileSync(out('index.html'), 'old index');
  writeFileSync(out('plan.html'), 'old plan');
  writeFileSync(out('.plan.html.999999.0badf00d.tmp'), 'half');
  writeFileSync(out('notes.txt'), 'mine');
  let r = await build(project);
  expect(r.code, r.out).toBe(2);
  expect(r.out).toContain('did not write (notes.txt)');
  expect(readFileSync(out('plan.html'), 'utf8')).toBe('old plan');
  rmSync(out('notes.txt'));
  r = await build(project);
  expect(r.code, r.out).toBe(0);
  expect(readFileSync(out('plan.html'), 'utf8')).not.toBe('old plan');
  expect(existsSync(out('.studyplan-out'))).toBe(true);
  expect(existsSync(out('.plan.html.999999.0badf00d.tmp'))).toBe(false);
  // The shape of any site: no plan's output in it.
  const site = path.join(base, 'site');
  mkdirSync(path.join(site, 'assets'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), 'their site');
  r = await build(project, '--out', site);
  expect(r.code, r.out).toBe(2);
  expect(r.out).toContain('did not write (assets, index.html)');
  expect(readdirSync(site).sort()).toEqual(['assets', 'index.html']);
}, 180_000);
