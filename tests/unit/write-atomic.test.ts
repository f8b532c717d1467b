import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeFileAtomic } from '../../src/output/write-atomic.js';
import { planDate } from '../../src/plan/plan-date.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  test('writes a new file and replaces an old one, leaving no temporary file', async () => {
    const file = path.join(dir, 'skåne.html');
    await writeFileAtomic(file, 'one');
    writeFileSync(path.join(dir, 'other.txt'), 'x');
    await writeFileAtomic(file, new TextEncoder().encode('två'));
    expect(readFileSync(file, 'utf8')).toBe('två');
    expect(readdirSync(dir).sort()).toEqual(['other.txt', 'skåne.html']);
  });
  test('a failed write leaves the old file and no temporary file', async () => {
    const file = path.join(dir, 'plan.html');
    await writeFileAtomic(file, 'old');
    await expect(writeFileAtomic(path.join(dir, 'missing', 'plan.html'), 'new')).rejects.toThrow();
    await expect(writeFileAtomic(dir, 'new')).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['plan.html']);
  });
});

describe('the PDF date is never "now"', () => {
  const base = { title: 't', publisher: { name: 'p' }, period: { term: 'autumn' as const, year: 2021 } };
  test('issued, then the meeting, then SOURCE_DATE_EPOCH, then the period', () => {
    expect(planDate({ ...base, issued: { date: '2011-10-18' } }, {}).toISOString()).toBe('2011-10-18T12:00:00.000Z');
    expect(planDate({ ...base, status: { state: 'proposal', meeting: { name: 'Höstmötet', date: '2011-10-23' } } }, {}).toISOString()).toBe('2011-10-23T12:00:00.000Z');
    expect(planDate(base, { SOURCE_DATE_EPOCH: '1600000000' }).toISOString()).toBe('2020-09-13T12:26:40.000Z');
    expect(planDate(base, {}).toISOString()).toBe('2021-08-01T12:00:00.000Z');
  });
});
