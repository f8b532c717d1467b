import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { planJsonLd } from '../../src/publish/json-ld.js';
import { defaultTimeZone } from '../../src/publish/ics.js';
import { renderHtml } from '../../src/render/render-html.js';
import { loadTemplate } from '../../src/render/template-loader.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = 'tests/fixtures/valid/dansk.yaml';
const text = readFileSync(`${root}${file}`, 'utf8');

describe('a plan in Danish (language: da)', () => {
  test('lints without findings', () => {
    expect(checkPlan(parsePlan(text, file), { lang: 'sv' })).toEqual([]);
  });

  test("prints Danish headings and dates from the template's labels/da.json", async () => {
    const plan = parsePlan(text, file).data as StudyPlan;
    const html = renderHtml(plan, { template: await loadTemplate('booklet', root) });
    expect(html).toContain('<html lang="da"');
    expect(html).toContain('Målgruppe');
    expect(html).toContain('Tilmelding');
    expect(html).toContain('14. september 2024');
    expect(html).toContain('efteråret 2024');
  });

  test('prices in kroner (DKK) and times in Copenhagen when the plan names neither', () => {
    const plan = parsePlan(text, file).data as StudyPlan;
    expect(defaultTimeZone(plan)).toBe('Europe/Copenhagen');
    expect(JSON.stringify(planJsonLd(plan, { name: 'dansk', lang: 'da', timeZone: 'Europe/Copenhagen' }))).toContain('"priceCurrency":"DKK"');
  });
});
