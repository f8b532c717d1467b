import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, runMain } from '../helpers/cli.js';

/**
 * Issue 29, index.html: one calendar link per card; two plans of the same title told apart by
 * what differs (here the organisation); the booklet linked as long as it is current, whether or
 * not this build asked for it, and no longer once its plan changed (the file stays, stale).
 */
let project: string;
const studyplan = (...args: string[]) => runMain(project, args, { SOURCE_DATE_EPOCH: '' });
const index = () => readFileSync(path.join(project, 'out', 'index.html'), 'utf8');
const cards = () => index().split('<li class="plan-card">').slice(1);
const planFile = (name: string) => path.join(project, 'plans', `${name}.yaml`);

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-index-page-'));
  mkdirSync(path.join(project, 'plans'));
  const dated = readFileSync(path.join(ROOT, 'tests/fixtures/valid/dated-course.yaml'), 'utf8');
  writeFileSync(planFile('uppsala'), dated);
  writeFileSync(planFile('gavle'), dated.replace('name: Socialdemokraterna i Uppsala län', 'name: Socialdemokraterna i Gävleborg'));
  cpSync(path.join(ROOT, 'tests/fixtures/valid/minimal.yaml'), planFile('minimal'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

test('index.html: one calendar link per card, same titles told apart, the booklet linked while it is current', async () => {
  const first = await studyplan('build', '--booklet');
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  for (const card of cards().filter((c) => c.includes('uppsala.html') || c.includes('gavle.html'))) {
    expect(card.match(/href="[^"]*\.ics"/g)).toHaveLength(1);
    expect(card).toMatch(/href="[^"]*\.booklet\.pdf"/);
  }
  const titles = cards().map((c) => /<h2>(.*?)<\/h2>/s.exec(c)?.[1]?.replace(/<[^>]+>/g, ''));
  expect(titles).toContain('Studieplan våren 2022 (Socialdemokraterna i Uppsala län)');
  expect(titles).toContain('Studieplan våren 2022 (Socialdemokraterna i Gävleborg)');
  expect(new Set(titles).size).toBe(titles.length);

  // A build that does not ask for the booklet: nothing changed, so the booklet is still linked.
  const booklets = () => cards().filter((c) => /href="[^"]*\.booklet\.pdf"/.test(c)).length;
  const before = booklets();
  expect(before).toBe(3);
  expect((await studyplan('build', '--format', 'html')).code).toBe(0);
  expect(booklets()).toBe(3);

  // Uppsala's plan changes: its booklet is out of date, so no longer linked; its file stays.
  writeFileSync(planFile('uppsala'), readFileSync(planFile('uppsala'), 'utf8').replace('Valberedningens arbete', 'Valberedningens arbete i praktiken'));
  expect((await studyplan('build', '--format', 'html')).code).toBe(0);
  const uppsala = cards().find((c) => c.includes('uppsala.html'))!;
  expect(uppsala).not.toMatch(/\.booklet\.pdf/);
  expect(booklets()).toBe(2);
  expect(existsSync(path.join(project, 'out', 'uppsala.booklet.pdf'))).toBe(true);
}, 120_000);
