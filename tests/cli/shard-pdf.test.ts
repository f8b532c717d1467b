import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inShard } from '../../src/pipeline/shard.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { expectSameTree } from '../helpers/same-tree.js';

/**
 * build --shard K/N and merge with PDFs: three builds with real Chromium, so in the slow project
 * (the HTML half, the cache and the refusals are in tests/cli/shard.test.ts).
 */
const SEEDS = ['norrbotten-2011-2014', 'skane-hosten-2021'];

describe('build --shard K/N and merge, with PDFs', () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(path.join(tmpdir(), 'studyplan-shard-pdf-'));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('PDF: two plans, shards 1/2 and 2/2 merged are one build, byte for byte', () => {
    const small = path.join(project, 'small');
    mkdirSync(path.join(small, 'plans'), { recursive: true });
    for (const s of SEEDS) cpSync(path.join(ROOT, 'plans', `${s}.yaml`), path.join(small, 'plans', `${s}.yaml`));
    const inSmall = (...args: string[]) => {
      const r = runCli(small, args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    };
    // Both shards non-empty for these two names.
    expect(SEEDS.map((s) => inShard(s, { index: 1, count: 2 }))).toContain(true);
    expect(SEEDS.map((s) => inShard(s, { index: 2, count: 2 }))).toContain(true);
    inSmall('build', '--out', 'all', '--quiet');
    inSmall('build', '--out', 's1', '--shard', '1/2', '--quiet');
    inSmall('build', '--out', 's2', '--shard', '2/2', '--quiet');
    inSmall('merge', 's1', 's2', '--out', 'merged');
    expect(
      readdirSync(path.join(small, 'merged'))
        .filter((f) => f.endsWith('.pdf'))
        .sort(),
    ).toEqual(SEEDS.map((s) => `${s}.pdf`));
    expectSameTree(path.join(small, 'all'), path.join(small, 'merged'));
  });
});
