import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

/**
 * Issue 28: `--shard 1/99999999999999999999` was accepted (the count became 1e20, no plan fell in
 * the shard, and the build swept the outputs "whose plan is gone"); SOURCE_DATE_EPOCH beyond what
 * a date can hold gave "unexpected error". Both are usage errors now, said in the run's language.
 */
const PLAN = 'title: Plan\npublisher:\n  name: X\nperiod:\n  year: 2022\n';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-usage-limits-'));
  mkdirSync(path.join(dir, 'plans'));
  writeFileSync(path.join(dir, 'plans', 'a.yaml'), PLAN);
  writeFileSync(path.join(dir, 'plans', 'b.yaml'), PLAN);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a shard count beyond 256 is refused and removes nothing', async () => {
  expect((await runMain(dir, ['build', '--format', 'html', 'plans'])).code).toBe(0);
  for (const shard of ['1/99999999999999999999', '1/257']) {
    const r = await runMain(dir, ['build', '--format', 'html', '--shard', shard, 'plans']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--shard must be K/N with 1 <= K <= N <= 256, not ${shard}`);
    expect(existsSync(path.join(dir, 'out', 'a.html')) && existsSync(path.join(dir, 'out', 'b.html'))).toBe(true);
  }
  expect((await runMain(dir, ['build', '--format', 'html', '--shard', '256/256', 'plans'])).code).toBe(0);
});

test.each(['99999999999999999', '253402300800', '-1', '1e9', 'igår'])('SOURCE_DATE_EPOCH=%s is a message, not an unexpected error', async (value) => {
  const r = await runMain(dir, ['build', '--format', 'html', 'plans'], { SOURCE_DATE_EPOCH: value });
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/unexpected|Invalid time value/);
  expect(r.stderr).toContain(`SOURCE_DATE_EPOCH must be whole seconds since 1970, at most 253402300799 (the year 9999), not ${value}`);
  const sv = await runMain(dir, ['build', '--format', 'html', 'plans'], { SOURCE_DATE_EPOCH: value, LANG: 'sv_SE.UTF-8' });
  expect(sv.stderr).toContain('SOURCE_DATE_EPOCH ska vara hela sekunder sedan 1970');
});

test('the last second of the year 9999 is a date', async () => {
  expect((await runMain(dir, ['build', '--format', 'html', 'plans'], { SOURCE_DATE_EPOCH: '253402300799' })).code).toBe(0);
});
