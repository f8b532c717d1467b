import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as formats from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runMain } from '../helpers/cli.js';

let project: string;
const studyplan = (...args: string[]) => runMain(project, args, { SOURCE_DATE_EPOCH: '' });
const out = (...p: string[]) => path.join(project, 'out', ...p);
const read = (f: string) => readFileSync(out(f));
const outputs = () =>
  Object.fromEntries(
    readdirSync(out(), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(html|ics|json)$/.test(f))
      .map((f) => [f, read(f).toString('base64')]),
  );

const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as FormatsPlugin;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const schema = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'schemas', name), 'utf8')) as object;
ajv.addSchema(schema('studyplan.schema.json'));

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-publish-'));
  mkdirSync(path.join(project, 'plans'));
  for (const f of ['dated-course', 'published', 'minimal']) cpSync(path.join(ROOT, `tests/fixtures/valid/${f}.yaml`), path.join(project, `plans/${f}.yaml`));
  writeFileSync(path.join(project, 'studyplan.config.yaml'), 'formats: [html, json]\nsite:\n  url: https://example.se/planer/\n');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('build: calendars, structured data and open data', () => {
  test('writes NAME.ics for plans with dates, NAME.json for all, index.json and index links; all reproducible', async () => {
    const first = await studyplan('build');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(existsSync(out('dated-course.ics'))).toBe(true);
    expect(existsSync(out('published.ics'))).toBe(true);
    expect(existsSync(out('minimal.ics'))).toBe(false);
    const events = new ICAL.Component(ICAL.parse(read('published.ics').toString())).getAllSubcomponents('vevent');
    expect(events).toHaveLength(10);
    expect(events[0]!.getFirstPropertyValue('url')).toBe('https://example.se/planer/published.html#ledarskap');

    for (const f of ['dated-course', 'published', 'minimal']) {
      const validate = ajv.getSchema('https://studyplan.dev/schemas/v1/studyplan-data.schema.json') ?? ajv.compile(schema('studyplan-data.schema.json'));
      expect(validate(JSON.parse(read(`${f}.json`).toString())), `${f}.json: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    const index = JSON.parse(read('index.json').toString()) as { plans: { name: string; files: Record<string, string> }[] };
    const validateIndex = ajv.compile(schema('studyplan-index.schema.json'));
    expect(validateIndex(index), ajv.errorsText(validateIndex.errors)).toBe(true);
    expect(index.plans.map((p) => [p.name, Object.keys(p.files)])).toEqual([
      ['dated-course', ['html', 'ics', 'json']],
      ['minimal', ['html', 'json']],
      ['published', ['html', 'ics', 'json']],
    ]);
    const indexHtml = read('index.html').toString();
    expect(indexHtml).toContain('href="published.ics"');
    expect(indexHtml).toContain('href="minimal.json"');
    expect(indexHtml).not.toContain('href="minimal.ics"');

    const page = read('published.html').toString();
    expect(page).toContain('"@id":"https://example.se/planer/published.html#ledarskap"');
    expect(page).toContain('<a href="published.calendars/ledarskap.ics" download="ledarskap.ics" type="text/calendar">Lägg till i kalender');
    expect(readdirSync(out('published.calendars')).sort()).toEqual(['helgkurs.ics', 'ledarskap.ics', 'studiecirkel.ics', 'webbinarium.ics']);

    // Same plans, a second build from scratch: the same bytes in every file.
    const before = outputs();
    expect((await studyplan('build', '--force')).code).toBe(0);
    expect(outputs()).toEqual(before);
    // Nothing changed: nothing is rebuilt or rewritten.
    const mtime = statSync(out('published.ics')).mtimeMs;
    const again = await studyplan('build');
    expect(again.stdout).toMatch(/Nothing has changed – 3 plans are already built/);
    expect(statSync(out('published.ics')).mtimeMs).toBe(mtime);
    expect(readdirSync(out()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('--base-url wins over site.url and changes the outputs that carry it', async () => {
    expect((await studyplan('build', '--base-url', 'https://s-skane.github.io/planer')).code).toBe(0);
    const event = new ICAL.Component(ICAL.parse(read('dated-course.ics').toString())).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('url')).toBe('https://s-skane.github.io/planer/dated-course.html#valberedning-grund');
    expect(JSON.parse(read('dated-course.json').toString()).url).toBe('https://s-skane.github.io/planer/dated-course.html');
    const bad = await studyplan('build', '--base-url', 'ftp://example.se');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--base-url must be an http\(s\) address/);
  });

  test('a plan that loses its dates loses its calendar; a deleted plan loses all its files', async () => {
    writeFileSync(path.join(project, 'plans/dated-course.yaml'), readFileSync(path.join(ROOT, 'tests/fixtures/valid/minimal.yaml')));
    expect((await studyplan('build')).code).toBe(0);
    expect(existsSync(out('dated-course.ics'))).toBe(false);
    expect(existsSync(out('dated-course.calendars'))).toBe(false);
    expect(existsSync(out('dated-course.json'))).toBe(true);
    // A course that loses its dates loses its calendar; the others stay.
    const plan = readFileSync(path.join(project, 'plans/published.yaml'), 'utf8');
    const undated = plan.replace(/ {8}occurrences:\n {10}- date: 2023-04-18\n(.*\n)*?.*url: https:\/\/www.example.se\/webbinarium\n/, '');
    expect(undated).not.toBe(plan);
    writeFileSync(path.join(project, 'plans/published.yaml'), undated);
    expect((await studyplan('build')).code).toBe(0);
    expect(readdirSync(out('published.calendars')).sort()).toEqual(['helgkurs.ics', 'ledarskap.ics', 'studiecirkel.ics']);
    rmSync(path.join(project, 'plans/published.yaml'));
    expect((await studyplan('build')).code).toBe(0);
    expect(readdirSync(out()).filter((f) => f.startsWith('published.'))).toEqual([]);
    const index = JSON.parse(read('index.json').toString()) as { plans: { name: string }[] };
    expect(index.plans.map((p) => p.name)).toEqual(['dated-course', 'minimal']);
  });

  test('a course calendar folder that is a link out of OUT is refused, and nothing is written through it', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'studyplan-elsewhere-'));
    cpSync(path.join(ROOT, 'tests/fixtures/valid/calendar.yaml'), path.join(project, 'plans/kalender.yaml'));
    rmSync(out('kalender.calendars'), { recursive: true, force: true });
    symlinkSync(elsewhere, out('kalender.calendars'), 'dir');
    const r = await studyplan('build');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kalender\.calendars: it is a link \(to .*\) or no folder/);
    expect(readdirSync(elsewhere)).toEqual([]);
    rmSync(out('kalender.calendars'));
    rmSync(path.join(project, 'plans/kalender.yaml'));
    rmSync(elsewhere, { recursive: true, force: true });
  });

  test('shards merged give the same calendars, JSON and index.json as one build', async () => {
    cpSync(path.join(ROOT, 'tests/fixtures/valid/published.yaml'), path.join(project, 'plans/published.yaml'));
    const one = await studyplan('build', '--force', '--out', 'one');
    expect(one.code).toBe(0);
    for (const k of [1, 2]) expect((await studyplan('build', '--shard', `${k}/2`, '--out', `shard-${k}`)).code).toBe(0);
    const merged = await studyplan('merge', 'shard-1', 'shard-2', '--out', 'merged');
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    const files = (dir: string) =>
      Object.fromEntries(
        readdirSync(path.join(project, dir), { recursive: true, encoding: 'utf8' })
          .filter((f) => /\.(html|ics|json)$/.test(f) && !path.basename(f).startsWith('.'))
          .sort()
          .map((f) => [f, readFileSync(path.join(project, dir, f), 'utf8')]),
      );
    const single = files('one');
    expect(Object.keys(single)).toContain(path.join('published.calendars', 'ledarskap.ics'));
    expect(files('merged')).toEqual(single);
  });

  test('a wrong site.timeZone is refused with the key named (exit 2)', async () => {
    writeFileSync(path.join(project, 'bad.config.yaml'), 'site:\n  timeZone: Europe/Atlantis\n');
    const r = await studyplan('build', '--config', 'bad.config.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/site\.timeZone must be a time zone such as Europe\/Stockholm/);
  });
});
