import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as formats from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { openData } from '../../src/publish/open-data.js';
import { markdownToText } from '../../src/publish/plain-text.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = (name: string) => JSON.parse(readFileSync(path.join(root, 'schemas', name), 'utf8')) as object;
// ajv-formats is CommonJS: under NodeNext its default export arrives as the module object.
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as FormatsPlugin;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(schema('studyplan.schema.json'));
const validate = ajv.compile(schema('studyplan-data.schema.json'));

const yamlIn = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${dir}/${f}`);
const fixtures = [...yamlIn('plans'), ...yamlIn('tests/fixtures/valid')];

async function dataOf(rel: string) {
  const plan = (await loadPlan(path.join(root, rel))).data as StudyPlan;
  return { plan, data: openData(plan, { name: path.basename(rel, '.yaml'), lang: plan.language ?? 'sv', timeZone: 'Europe/Stockholm', baseUrl: 'https://example.se/planer/' }) };
}

describe('OUT/NAME.json (open data)', () => {
  test.each(fixtures)('%s: valid against schemas/studyplan-data.schema.json (and its plan against the plan schema)', async (rel) => {
    const { data } = await dataOf(rel);
    const json = JSON.parse(JSON.stringify(data)) as unknown;
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
  });

  test("internal content is gone, the schema's defaults are filled in, Markdown is also plain text", async () => {
    const { data } = await dataOf('tests/fixtures/valid/published.yaml');
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/HEMLIG|Ystad|internalNotes|"internal"/);
    expect(data.plan.language).toBe('sv');
    expect(data.plan.kind).toBe('studieplan');
    expect(data.url).toBe('https://example.se/planer/published.html');
    expect(data.plainText['/sections/0/courses/0/summary']).toBe('Om att leda möten och studiecirklar.');
    // A course free of charge gets no currency; one with a price keeps its own.
    const courses = data.plan.sections![0]!.kind === 'courses' ? data.plan.sections![0]!.courses : [];
    expect(courses.map((c) => c.cost)).toEqual([{ amount: 200, currency: 'SEK' }, { free: true }, undefined, undefined]);
  });

  test('the seeds: every Markdown text of the plan has its plain text', async () => {
    const { data } = await dataOf('plans/skane-hosten-2021.yaml');
    expect(Object.keys(data.plainText).length).toBeGreaterThan(5);
    for (const [pointer, plain] of Object.entries(data.plainText)) {
      const value = pointer
        .split('/')
        .slice(1)
        .reduce<unknown>((x, k) => (x as Record<string, unknown>)[k.replace(/~1/g, '/').replace(/~0/g, '~')], data.plan);
      expect(typeof value, pointer).toBe('string');
      expect(plain).not.toMatch(/\*\*|\]\(/);
    }
  });

  test('markdownToText keeps the words and drops the markup', () => {
    expect(markdownToText('Om *kursen*: se [sidan](https://x.se).\n\n- ett\n- två')).toBe('Om kursen: se sidan.\n- ett\n- två');
    expect(markdownToText('rad ett\nrad två')).toBe('rad ett rad två');
  });
});
