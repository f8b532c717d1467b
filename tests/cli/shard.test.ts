import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../src/pipeline/shard.js';
import { ROOT, runMain } from '../helpers/cli.js';
import { expectSameTree } from '../helpers/same-tree.js';

const SEEDS = ['norrbotten-2011-2014', 'skane-hosten-2021'];

describe('build --shard K/N and merge', () => {
  let project: string;
  const run = async (...args: string[]) => {
    const r = await runMain(project, args);
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    return r;
  };

  beforeAll(() => {
    project = mkdtempSync(path.join(tmpdir(), 'studyplan-shard-'));
    mkdirSync(path.join(project, 'plans'));
    for (let i = 1; i <= 12; i++) {
      const seed = SEEDS[i % 2]!;
      cpSync(path.join(ROOT, 'plans', `${seed}.yaml`), path.join(project, 'plans', `${seed}-${String(i).padStart(2, '0')}.yaml`));
    }
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('K/N is checked: a usage error otherwise (exit 2)', async () => {
    for (const bad of ['0/2', '3/2', '1/0', 'x']) {
      const r = await runMain(project, ['build', '--format', 'html', '--shard', bad, '--out', 'bad']);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('--shard must be K/N');
    }
    expect(parseShard(' 2 / 3 ')).toEqual({ index: 2, count: 3 });
  });

  it('puts each plan on one shard, by its name only, so a plan stays where it was', async () => {
    const names = Array.from({ length: 60 }, (_, i) => `plan-${i}`);
    const shards = names.map((n) => [1, 2, 3].filter((k) => inShard(n, { index: k, count: 3 })));
    for (const s of shards) expect(s).toHaveLength(1);
    const sizes = [1, 2, 3].map((k) => shards.filter((s) => s[0] === k).length);
    for (const size of sizes) expect(size).toBeGreaterThan(8); // about a third each
    expect(inShard('skåne-hösten-2021', { index: 1, count: 1 })).toBe(true);
  });

  it('HTML: shards 1/2 and 2/2 merged are, byte for byte, one build of all the plans', async () => {
    await run('build', '--format', 'html', '--out', 'all', '--quiet');
    await run('build', '--format', 'html', '--out', 's1', '--shard', '1/2', '--quiet');
    await run('build', '--format', 'html', '--out', 's2', '--shard', '2/2', '--quiet');
    const html = (dir: string) => readdirSync(path.join(project, dir)).filter((f) => f.endsWith('.html') && f !== 'index.html');
    expect(html('s1').length).toBeGreaterThan(0);
    expect(html('s2').length).toBeGreaterThan(0);
    expect([...html('s1'), ...html('s2')].sort()).toEqual(html('all'));
    const merged = await run('merge', 's1', 's2', '--out', 'merged');
    expect(merged.stdout).toContain('merged 12 plans from 2 folders into merged/');
    expectSameTree(path.join(project, 'all'), path.join(project, 'merged'));
  });

  it('after a change to one plan, the shards rebuild only that plan, and merge to one build again', async () => {
    const file = path.join(project, 'plans', `${SEEDS[1]}-01.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (ändrad)'));
    await run('build', '--format', 'html', '--out', 'all', '--quiet');
    const rebuilt = [(await run('build', '--format', 'html', '--out', 's1', '--shard', '1/2')).stdout, (await run('build', '--format', 'html', '--out', 's2', '--shard', '2/2')).stdout];
    expect(rebuilt.join('')).toMatch(/^Built 1 plan into s\d\/ \(1 file\) in [\d.]+ s; \d+ plans were already built$/m);
    expect(rebuilt.join('')).toMatch(/^Nothing has changed – \d+ plans are already built in s\d\/$/m);
    rmSync(path.join(project, 'merged'), { recursive: true });
    await run('merge', 's1', 's2', '--out', 'merged');
    expectSameTree(path.join(project, 'all'), path.join(project, 'merged'));
  });

  it('refuses a folder without a build, and a plan in two shards (exit 2)', async () => {
    mkdirSync(path.join(project, 'empty'));
    const r = await runMain(project, ['merge', 's1', 'empty', '--out', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has no build of this studyplan version');
    const twice = await runMain(project, ['merge', 's1', 's1', '--out', 'y']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/the plan .* is in both/);
  });
  // The same with PDFs (Chromium prints them): tests/cli/shard-pdf.test.ts, in the slow project.
});
