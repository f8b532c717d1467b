import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, runMain } from '../helpers/cli.js';
import { expectSameTree } from '../helpers/same-tree.js';

/**
 * Issue 30: `studyplan merge` looked for the plans in the folder it ran in. Outside a project it
 * failed ("no plan file matches plans/"); in a project whose plans differ from the shards' it
 * exited 0 and wrote no index.html. Now the plans and their order come from the shards' outputs
 * alone; a merge whose settings (template, language, config) are not the shards' is refused,
 * exit 2, with a message, and writes nothing.
 */
let base: string;
const URL_OF_OUT = 'https://example.se/planer/';
const at = (...p: string[]) => path.join(base, ...p);

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'studyplan-merge-anywhere-'));
  mkdirSync(at('project'));
  cpSync(path.join(ROOT, 'plans'), at('project/plans'), { recursive: true });
  for (const args of [
    ['--shard', '1/2', '--out', 's1'],
    ['--shard', '2/2', '--out', 's2'],
    ['--out', 'all'],
    ['--shard', '2/2', '--out', 's2-en', '--lang', 'en'],
    ['--shard', '1/2', '--out', 'u1', '--base-url', URL_OF_OUT],
    ['--shard', '2/2', '--out', 'u2', '--base-url', URL_OF_OUT],
    ['--out', 'u-all', '--base-url', URL_OF_OUT],
  ]) {
    const r = await runMain(at('project'), ['build', '--format', 'html', ...args]);
    expect(r.code, r.stderr).toBe(0);
  }
  // Another project, with its own plan and no config.
  mkdirSync(at('other/plans'), { recursive: true });
  writeFileSync(at('other/plans/annan.yaml'), readFileSync(path.join(ROOT, 'tests/fixtures/valid/minimal.yaml')));
  // A project whose config builds in English.
  mkdirSync(at('english'));
  writeFileSync(at('english/studyplan.config.yaml'), 'lang: en\n');
}, 120_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

const shards = ['../project/s1', '../project/s2'];

test('outside any project: the shards merge to what one build writes', async () => {
  mkdirSync(at('empty'));
  const r = await runMain(at('empty'), ['merge', ...shards, '--out', 'out']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('merged 2 plans from 2 folders');
  expectSameTree(at('project/all'), at('empty/out'));
});

test("in a project whose plans are not the shards': the shards' plans, and their index", async () => {
  const r = await runMain(at('other'), ['merge', ...shards, '--out', 'merged']);
  expect(r.code, r.stderr).toBe(0);
  const index = readFileSync(at('other/merged/index.html'), 'utf8');
  expect(index).toContain('href="skane-hosten-2021.html"');
  expect(index).toContain('href="norrbotten-2011-2014.html"');
  expect(index).not.toContain('annan');
  expectSameTree(at('project/all'), at('other/merged'));
});

test("where the config's settings are not the shards': refused, exit 2, nothing written", async () => {
  const r = await runMain(at('english'), ['merge', ...shards, '--out', 'merged']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('were built with other settings than this merge has here');
  expect(r.stderr).toContain('Run merge in the project the shards were built in');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(at('english/merged'))).toBe(false);
});

test("shards built with different settings: refused, in the run's language", async () => {
  const r = await runMain(at('project'), ['merge', 's1', 's2-en', '--out', 'mixed'], { LANG: 'sv_SE.UTF-8' });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('byggdes med olika inställningar');
  expect(existsSync(at('project/mixed'))).toBe(false);
});

test('shards built with --base-url merge with the same --base-url (merge had no such option: they could not be merged)', async () => {
  const without = await runMain(at('project'), ['merge', 'u1', 'u2', '--out', 'u-without']);
  expect(without.code).toBe(2);
  expect(without.stderr).toContain('were built with other settings than this merge has here');
  const r = await runMain(at('project'), ['merge', 'u1', 'u2', '--out', 'u-merged', '--base-url', URL_OF_OUT]);
  expect(r.code, r.stderr).toBe(0);
  expectSameTree(at('project/u-all'), at('project/u-merged'));
});
