import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTemplate } from '../../src/render/template-loader.js';
import { loadPlan } from '../../src/plan/load.js';
import { renderHtml } from '../../src/render/render-html.js';
import type { StudyPlan } from '../../src/plan/types.js';

let dir: string;
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-extends-unit-'));
  write('child/template.json', JSON.stringify({ name: 'child', extends: 'booklet', page: { A4: { margin: '30mm' } } }));
  write('child/labels/sv.json', JSON.stringify({ ui: { toc: 'Innehållsförteckning' } }));
  write('child/partials/toc.hbs', '<nav class="toc">mine</nav>');
  write('grandchild/template.json', JSON.stringify({ name: 'grandchild', extends: '../child' }));
  write('grandchild/style.css', ':root { --accent: #123456; }');
  write('loop-a/template.json', JSON.stringify({ name: 'a', extends: '../loop-b' }));
  write('loop-b/template.json', JSON.stringify({ name: 'b', extends: '../loop-a' }));
  write('orphan/template.json', JSON.stringify({ name: 'orphan', extends: './nowhere' }));
  write('nocalendar/template.json', JSON.stringify({ name: 'nocalendar', extends: 'booklet', courseCalendar: false }));
  write('badpage/template.json', JSON.stringify({ name: 'badpage', extends: 'booklet', page: { A4: { margin: '1mm; } body { display: none' } } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('template.json "extends"', () => {
  it("takes the parent's layout, partials, CSS, labels and page settings, with its own over them", async () => {
    const booklet = await loadTemplate('booklet');
    const t = await loadTemplate(path.join(dir, 'child'));
    expect(t.name).toBe('child');
    expect(t.layout.source).toBe(booklet.layout.source);
    expect(t.partials.get('toc')?.source).toBe('<nav class="toc">mine</nav>');
    expect(t.partials.get('cover')?.source).toBe(booklet.partials.get('cover')?.source);
    expect(t.css.startsWith(booklet.css)).toBe(true);
    expect(t.labels.sv?.ui['toc']).toBe('Innehållsförteckning');
    expect(t.labels.sv?.ui['introduction']).toBe(booklet.labels.sv?.ui['introduction']);
    expect(t.labels.en).toEqual(booklet.labels.en);
    expect(t.manifest.page.A4.margin).toBe('30mm');
    expect(t.manifest.page.A5).toEqual(booklet.manifest.page.A5);
    expect(t.manifest.pageSize).toBe('A4');
  });

  it('chains: a template extending one that extends the booklet', async () => {
    const t = await loadTemplate(path.join(dir, 'grandchild'));
    expect(t.partials.get('toc')?.source).toContain('mine');
    expect(t.css.trimEnd().endsWith(':root { --accent: #123456; }')).toBe(true);
  });

  it("keys a template by its parents' files too: a change two levels up is a new key", async () => {
    const before = (await loadTemplate(path.join(dir, 'grandchild'))).key;
    expect((await loadTemplate(path.join(dir, 'grandchild'))).key).toBe(before);
    write('child/partials/toc.hbs', '<nav class="toc">mine, changed</nav>');
    expect((await loadTemplate(path.join(dir, 'grandchild'))).key).not.toBe(before);
    write('child/partials/toc.hbs', '<nav class="toc">mine</nav>');
    expect((await loadTemplate(path.join(dir, 'grandchild'))).key).toBe(before);
  });

  it('refuses a loop, a parent that is not there and page values that could break out of the CSS', async () => {
    await expect(loadTemplate(path.join(dir, 'loop-a'))).rejects.toThrow(/makes a loop/);
    await expect(loadTemplate(path.join(dir, 'orphan'))).rejects.toThrow(/template not found/);
    await expect(loadTemplate(path.join(dir, 'badpage'))).rejects.toThrow(/page\.A4\.margin must be/);
  });
});

describe('the course calendar', () => {
  const fixture = path.join(path.dirname(new URL(import.meta.url).pathname), '../fixtures/brand/plans/skane-hosten-2021.yaml');

  it('lists every dated occurrence in date order, its deadline marked on its row, in the contents, linked to its course', async () => {
    const plan = (await loadPlan(fixture)).data as StudyPlan;
    const html = renderHtml(plan, { template: await loadTemplate('booklet') });
    const table = /<section class="course-calendar"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect([...table.matchAll(/<time datetime="([\d-]+)">/g)].map((m) => m[1])).toEqual(['2021-09-24', '2021-10-30', '2021-11-27']);
    expect(table.replace(/<span class="nobr">([^<]*)<\/span>/g, '$1')).toContain(
      '<a href="#medlemsutbildning-del-2">Medlemsutbildning del 2</a> <span class="calendar-deadline">Anmäl senast 10 september</span>',
    );
    // The plan has no introduction nor proposal: the Kurskalender heads the contents still.
    expect(/<ol class="toc-list">\s*<li class="toc-entry"><a href="#kurskalender">/.test(html)).toBe(true);
  });

  it('is left out for a plan without dates, and by a template that turns it off', async () => {
    const plan = (await loadPlan(fixture)).data as StudyPlan;
    expect(renderHtml(plan, { template: await loadTemplate(path.join(dir, 'nocalendar')) })).not.toContain('<section class="course-calendar"');
    const seed = (await loadPlan(path.join(path.dirname(fixture), '../../../../plans/norrbotten-2011-2014.yaml'))).data as StudyPlan;
    expect(renderHtml(seed, { template: await loadTemplate('booklet') })).not.toContain('<section class="course-calendar"');
  });
});
