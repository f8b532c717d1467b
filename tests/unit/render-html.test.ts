import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { isRunError } from '../../src/errors/run-error.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { renderHtml, renderIndex } from '../../src/render/render-html.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';
import { fidelity, htmlText, ignoreSet } from '../helpers/fidelity.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (p: string) => readFileSync(`${root}${p}`, 'utf8');
const seed = (name: string) => parse(read(`plans/${name}.yaml`)) as StudyPlan;

let booklet: LoadedTemplate;
beforeAll(async () => {
  booklet = await loadTemplate('booklet', root);
});

const hostile = '<script>alert(1)</script><img src=http://evil.example/x.png onerror=alert(1)>';
const plan = (extra: Partial<StudyPlan> = {}): StudyPlan => ({
  title: 'Studieplan hösten 2022',
  publisher: { name: 'Socialdemokraterna i Test' },
  period: { term: 'autumn', year: 2022 },
  ...extra,
});

describe('plan text is escaped', () => {
  test('hostile text in every kind of field never becomes markup', () => {
    const html = renderHtml(
      plan({
        title: hostile,
        subtitle: `" onmouseover="alert(1)`,
        publisher: { name: hostile },
        introduction: { text: `${hostile} [klick](javascript:alert(1))`, quotes: [{ text: hostile, source: hostile, cite: 'javascript:alert(1)' as string }] },
        proposal: { clauses: [hostile] },
        sections: [
          {
            kind: 'courses',
            title: hostile,
            courses: [{ id: 'kurs', title: hostile, subtitle: hostile, audience: [hostile, 'alla'], purpose: hostile, links: [{ title: hostile, url: 'javascript:alert(1)' }] }],
          },
        ],
      }),
      { template: booklet },
    );
    expect(html).not.toMatch(/<script|<img/i);
    // No tag carries an event handler or a javascript: address; the words may appear as text.
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toMatch(/(href|src|cite)="\s*javascript:/i);
    expect(html).not.toContain('" onmouseover');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=http://evil.example/x.png onerror=alert(1)&gt;');
  });

  test('the page requests nothing from the network', () => {
    const html = renderHtml(seed('skane-hosten-2021'), { template: booklet });
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/url\((['"])?(https?:)?\/\//);
    expect(html).toMatch(/url\(assets\/fonts\/source-serif-4-latin-400-normal\.woff2\)/);
  });
});

describe('committee-only content (issue 8)', () => {
  const internalPlan = plan({
    internalNotes: 'HEMLIG-PLAN budgeten är inte klar',
    sections: [
      {
        kind: 'courses',
        title: 'Utbildningar',
        internalNotes: 'HEMLIG-AVSNITT',
        courses: [
          {
            id: 'oppen',
            title: 'Öppen kurs',
            internalNotes: 'HEMLIG-KURSNOT',
            occurrences: [
              { date: '2022-09-10', town: 'Luleå' },
              { date: '2022-10-01', town: 'HEMLIG-TILLFALLE', internal: true },
            ],
          },
          { id: 'intern', title: 'HEMLIG-KURS', internal: true },
        ],
      },
      { kind: 'prose', title: 'HEMLIGT-AVSNITT', internal: true, text: 'x' },
      {
        kind: 'calendar',
        title: 'Kalender',
        months: [
          {
            month: '2022-09',
            events: [
              { date: '2022-09-01', title: 'HEMLIG-HANDELSE', internal: true },
              { date: '2022-09-02', title: 'Öppet möte' },
            ],
          },
        ],
      },
    ],
    appendices: [{ title: 'HEMLIG-BILAGA', internal: true, text: 'x' }],
  });

  test('never printed by default', () => {
    const html = renderHtml(internalPlan, { template: booklet });
    expect(html).not.toContain('HEMLIG');
    expect(html).not.toContain('Internt – endast för utskottet');
    expect(html).toContain('Öppen kurs');
    expect(html).toContain('Öppet möte');
  });

  test('printed and clearly marked with includeInternal', () => {
    const html = renderHtml(internalPlan, { template: booklet, includeInternal: true });
    for (const secret of ['HEMLIG-PLAN', 'HEMLIG-AVSNITT', 'HEMLIG-KURSNOT', 'HEMLIG-TILLFALLE', 'HEMLIG-KURS', 'HEMLIGT-AVSNITT', 'HEMLIG-HANDELSE', 'HEMLIG-BILAGA']) {
      expect(html).toContain(secret);
    }
    expect(html).toContain('Internt – endast för utskottet');
    expect(html).toMatch(/class="cover-band cover-internal"/);
  });
});

describe('drafts and proposals are marked', () => {
  test.each([
    ['draft', 'UTKAST'],
    ['proposal', 'FÖRSLAG'],
  ] as const)('%s -> %s on the cover, and the print strip on every page', (state, mark) => {
    const html = renderHtml(plan({ status: { state } }), { template: booklet });
    expect(html).toContain(`<p class="cover-band">${mark}</p>`);
    // The strip carries no text, so the PDF's text never has a stray word inside a sentence.
    expect(html).toContain(`<div class="watermark" data-mark="${mark}"></div>`);
  });
  test('an adopted plan has no mark', () => {
    const html = renderHtml(plan({ status: { state: 'adopted', adoptedBy: 'Höstmötet', adoptedOn: '2022-10-15' } }), { template: booklet });
    expect(html).not.toMatch(/<p class="cover-band|<div class="watermark"/);
    expect(html).toContain('Fastställd av Höstmötet <span class="nobr">15 oktober 2022</span>');
  });
  test('the index shows the mark', () => {
    const html = renderIndex([{ title: 'Plan', organisation: 'S', period: 'hösten 2022', mark: 'UTKAST', html: 'plan.html', pdf: 'plan.pdf' }], booklet, 'sv');
    expect(html).toContain('<p class="plan-mark">UTKAST</p>');
    expect(html).toContain('href="plan.pdf"');
  });
});

describe('template errors name the file and line', () => {
  test('a misspelt field in a partial: exit-2 error with partials/heading.hbs:3', async () => {
    const template = await loadTemplate('tests/fixtures/templates/misspelt', root);
    let error: unknown;
    try {
      renderHtml(plan(), { template });
    } catch (e) {
      error = e;
    }
    expect(isRunError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^tests\/fixtures\/templates\/misspelt\/partials\/heading\.hbs:3:\d+: "titel" is not defined/);
  });
  test('an unknown template', async () => {
    await expect(loadTemplate('no-such-template', root)).rejects.toThrow(/template not found: no-such-template/);
  });
});

describe.each([
  ['norrbotten-2011-2014', '000_e8ae8c14b641bd39'],
  ['skane-hosten-2021', '001_52214a7dcd4b2190'],
])('seed %s', (name, seedFile) => {
  test('renders the same bytes every time, and matches its snapshot', async () => {
    const html = renderHtml(seed(name), { template: booklet });
    expect(renderHtml(seed(name), { template: booklet })).toBe(html);
    await expect(html).toMatchFileSnapshot(`../__snapshots__/${name}.html`);
  });
  test('keeps every sentence of its source (fidelity >= 98 %, in fact all)', () => {
    const html = renderHtml(seed(name), { template: booklet });
    const source = read(`tests/fixtures/seeds/${name}.txt`);
    let ignore = ignoreSet(undefined);
    try {
      ignore = ignoreSet(read(`tests/fixtures/seeds/${name}.ignore`));
    } catch {
      /* no ignore file */
    }
    const result = fidelity(source, htmlText(html), ignore);
    expect(result.missing).toEqual([]);
    void seedFile;
  });
  test('headings in order, without skipped levels', () => {
    const html = renderHtml(seed(name), { template: booklet });
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });
  test('every table-of-contents entry has a page slot for a heading that exists', () => {
    const html = renderHtml(seed(name), { template: booklet });
    const slots = [...html.matchAll(/<span class="toc-page" data-for="([^"]+)"><\/span>/g)].map((m) => m[1]);
    expect(slots.length).toBeGreaterThan(3);
    for (const id of slots) expect(html).toMatch(new RegExp(`<h[1-6] id="${id}"`));
  });
});

describe('the contents', () => {
  const course = (id: string) => ({ id, title: `Kurs ${id}`, audience: 'Alla medlemmar' });
  const withCourses = (...sections: string[][]): StudyPlan =>
    plan({ sections: sections.map((ids, i) => ({ kind: 'courses', title: `Avsnitt ${i + 1}`, courses: ids.map(course) })) as StudyPlan['sections'] });

  test('a plan of one section and its one course has no contents page: it would list a page of nothing', () => {
    const html = renderHtml(withCourses(['a']), { template: booklet });
    expect(html).not.toContain('class="toc"');
    expect(html).toContain('Kurs a');
  });

  test('the course calendar counts as a heading: with it, one section and its course are listed too, never the calendar alone', () => {
    const dated = plan({
      sections: [{ kind: 'courses', title: 'Avsnitt 1', courses: [{ ...course('a'), occurrences: [{ date: '2023-02-04', town: 'Luleå' }] }] }],
    } as unknown as Partial<StudyPlan>);
    const html = renderHtml(dated, { template: booklet });
    expect(html).toContain('class="course-calendar"');
    const listed = [...html.matchAll(/<span class="toc-page" data-for="([^"]+)"/g)].map((m) => m[1]);
    expect(listed).toHaveLength(3);
    expect(html).toMatch(/class="toc-text">Avsnitt 1</);
    expect(html).toMatch(/class="toc-text">Kurs a</);
  });

  test('three headings to list or more: the contents, with a page slot for each', () => {
    for (const shape of [[['a', 'b']], [['a'], []], [['a'], ['b'], ['c']]]) {
      const html = renderHtml(withCourses(...shape), { template: booklet });
      expect(html, JSON.stringify(shape)).toContain('class="toc"');
      const listed = shape.length + shape.flat().length;
      expect([...html.matchAll(/<span class="toc-page" data-for=/g)].length, JSON.stringify(shape)).toBe(listed);
    }
  });
});
