import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findPlans, isPlanOf } from '../../src/project/find-plans.js';

/**
 * isPlanOf (what the language server asks of an open file) and findPlans (what lint and build
 * read) are one set of rules: on a tree of plans, other files, nested folders and dot-files,
 * the files isPlanOf accepts for some `plans` are exactly the ones findPlans finds.
 */
let dir: string;
const FILES = ['plans/a.yaml', 'plans/b.yml', 'plans/C.YAML', 'plans/notes.txt', 'plans/.hidden.yaml', 'plans/old/d.yaml', 'plans/old/deeper/e.yaml', 'other/f.yaml', 'other/g.json', 'top.yaml'];
const all = (): string[] => FILES.map((f) => path.join(dir, f));

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-find-plans-'));
  for (const f of FILES) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), 'title: x\n');
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isPlanOf agrees with findPlans', () => {
  test.each([
    [['plans']],
    [['plans/']],
    [['plans/old']],
    [['top.yaml']],
    [['plans/a.yaml', 'other']],
    [['plans/*.yaml']],
    [['plans/**/*.yaml']],
    [['**/*.{yaml,yml}']],
    [['other/*']],
    [['plans/*']],
    [['plans/old', 'plans/**/e.yaml']],
  ])('%j', async (args) => {
    const found = await findPlans(args, dir);
    expect(found.length).toBeGreaterThan(0);
    expect(
      all()
        .filter((f) => isPlanOf(f, args, dir))
        .sort(),
    ).toEqual(found);
  });

  test('absolute folders, files and globs (a config resolves its `plans` against its own folder)', async () => {
    const args = [path.join(dir, 'plans'), path.join(dir, 'top.yaml'), path.join(dir, 'other', '*.yaml')];
    const found = await findPlans(args, '/');
    expect(found).toHaveLength(4);
    expect(
      all()
        .filter((f) => isPlanOf(f, args, '/'))
        .sort(),
    ).toEqual(found);
  });

  test('no paths: the plans/ folder', async () => {
    expect(
      all()
        .filter((f) => isPlanOf(f, [], dir))
        .sort(),
    ).toEqual(await findPlans([], dir));
  });
});

describe('the language server asks isPlanOf', () => {
  test('without a config, an open file is a plan exactly when lint would find it in plans/', async () => {
    const { Projects } = await import('../../src/lsp/project.js');
    const projects = new Projects({ env: {} });
    const found = await findPlans([], dir);
    for (const file of all().filter((f) => f.startsWith(path.join(dir, 'plans') + path.sep))) {
      expect((await projects.contextFor(file, 'title: x\n')).isPlan, file).toBe(found.includes(file));
    }
    expect((await projects.contextFor(path.join(dir, 'plans/.hidden.yaml'), 'title: x\n')).isPlan).toBe(false);
    expect((await projects.contextFor(path.join(dir, 'plans/a.yaml'), 'title: x\n')).isPlan).toBe(true);
  });
});

describe('special files named like plans', () => {
  test.skipIf(process.platform === 'win32')('a FIFO in the plans folder is found, so that its read says why it is not built (issue 30: it vanished in silence)', async () => {
    const folder = path.join(dir, 'special');
    mkdirSync(path.join(folder, 'sub.yaml'), { recursive: true });
    writeFileSync(path.join(folder, 'a.yaml'), 'title: x\n');
    execFileSync('mkfifo', [path.join(folder, 'pipe.yaml')]);
    expect(await findPlans([folder], dir)).toEqual([path.join(folder, 'a.yaml'), path.join(folder, 'pipe.yaml')]);
  });
});
