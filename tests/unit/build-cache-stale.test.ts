import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { CACHE_FILE, isCurrent, isFresh, readBuildCache, staleCache, type BuildCache } from '../../src/output/build-cache.js';

/**
 * Issue 30: a manifest made stale (--force, another studyplan version) keeps listing every file
 * the earlier builds wrote, with no key, so a deleted plan's files are still removed and none is
 * taken for fresh.
 */
let out: string;
beforeEach(() => {
  out = mkdtempSync(path.join(tmpdir(), 'studyplan-stale-'));
  writeFileSync(path.join(out, 'a.pdf'), '%PDF');
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const cache = (tool: string): BuildCache => ({
  format: 1,
  tool,
  index: 'k',
  plans: {
    a: {
      file: path.join(out, 'plans/a.yaml'),
      outputs: { html: { key: 'k1', file: 'a.html' }, pdf: { key: 'k2', file: 'a.pdf' } },
      images: ['x.png'],
      index: { title: 'A', organisation: 'O', period: '2026', html: 'a.html' },
    },
  },
});

test('staleCache keeps each output listed, keyless; no index key, no index entries', () => {
  const stale = staleCache(cache('0.1.0'));
  expect(stale.plans['a']?.outputs).toEqual({ html: { key: '', file: 'a.html' }, pdf: { key: '', file: 'a.pdf' } });
  expect(stale.index).toBeUndefined();
  expect(stale.plans['a']?.index).toBeUndefined();
  expect(isCurrent(stale.plans['a']?.outputs['pdf'])).toBe(false);
  // An empty key is never fresh, even asked with an empty key.
  expect(isFresh(stale.plans['a'], 'pdf', '', out)).toBe(false);
});

test("another version's manifest: read as stale, its files still listed", async () => {
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, CACHE_FILE), JSON.stringify(cache('0.0.1-older')));
  const read = await readBuildCache(out);
  expect(read.plans['a']?.outputs['pdf']).toEqual({ key: '', file: 'a.pdf' });
});
