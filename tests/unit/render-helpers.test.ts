import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Labels } from '../../src/render/labels.js';
import { formatDate, formatDateRange, formatMonth, formatTimeRange } from '../../src/render/helpers/dates.js';
import { clockTime, priceAmount } from '../../src/plan/swedish-values.js';
import { formatPeriod } from '../../src/render/helpers/periods.js';
import { genitive, joinList } from '../../src/render/helpers/lists.js';
import { markdownInline, markdownToHtml, safeHref } from '../../src/render/helpers/markdown.js';
import { courseFacts } from '../../src/render/view-model-facts.js';
import type { Course } from '../../src/plan/types.js';

const labels = (lang: string) => JSON.parse(readFileSync(new URL(`../../templates/booklet/labels/${lang}.json`, import.meta.url), 'utf8')) as Labels;
const sv = labels('sv');
const en = labels('en');
const nb = labels('nb');
const da = labels('da');

describe("dates in the plan's language", () => {
  test('Swedish long dates with lower-case months', () => {
    expect(formatDate('2011-10-23', sv)).toBe('23 oktober 2011');
    expect(formatDate('2022-01-01', sv)).toBe('1 januari 2022');
  });
  test('English, Norwegian and Danish', () => {
    expect(formatDate('2011-10-23', en)).toBe('23 October 2011');
    expect(formatDate('2022-05-17', nb)).toBe('17. mai 2022');
    expect(formatDate('2026-12-05', da)).toBe('5. december 2026');
    expect(formatDateRange('2026-09-30', '2026-10-02', da)).toBe('30. september–2. oktober 2026');
  });
  test('ranges share the month and year they have in common, with an en dash', () => {
    expect(formatDateRange('2022-09-24', '2022-09-25', sv)).toBe('24–25 september 2022');
    expect(formatDateRange('2022-09-30', '2022-10-02', sv)).toBe('30 september–2 oktober 2022');
    expect(formatDateRange('2021-12-28', '2022-01-02', sv)).toBe('28 december 2021–2 januari 2022');
    expect(formatDateRange('2022-09-24', undefined, sv)).toBe('24 september 2022');
  });
  test('months and a date that is not ISO (left as written)', () => {
    expect(formatMonth('2022-09', sv)).toBe('september 2022');
    expect(formatDate('23/10/2011', sv)).toBe('23/10/2011');
  });
});

describe('periods', () => {
  test('each of the five forms', () => {
    expect(formatPeriod({ term: 'autumn', year: 2021 }, sv)).toBe('hösten 2021');
    expect(formatPeriod({ term: 'spring', year: 2022 }, nb)).toBe('våren 2022');
    expect(formatPeriod({ term: 'autumn', year: 2026 }, da)).toBe('efteråret 2026');
    expect(formatPeriod({ year: 2022 }, sv)).toBe('2022');
    expect(formatPeriod({ from: 2011, to: 2014 }, sv)).toBe('2011–2014');
    expect(formatPeriod({ season: '2021/22' }, sv)).toBe('2021/22');
    expect(formatPeriod({ start: '2021-08-01', end: '2021-12-31' }, sv)).toBe('1 augusti–31 december 2021');
  });
  test('a label written in the plan wins', () => {
    expect(formatPeriod({ term: 'autumn', year: 2021, label: 'HT 2021' }, sv)).toBe('HT 2021');
  });
});

describe('lists and names', () => {
  test('joined the Swedish, English and Norwegian way', () => {
    expect(joinList(['ABF', 'LO', 'folkhögskolorna'], sv.and)).toBe('ABF, LO och folkhögskolorna');
    expect(joinList(['ABF', 'LO'], en.and)).toBe('ABF and LO');
    expect(joinList(['AOF', 'LO', 'partiet'], nb.and)).toBe('AOF, LO og partiet');
    expect(joinList(['ABF'], sv.and)).toBe('ABF');
    expect(joinList([], sv.and)).toBe('');
  });
  test('genitive', () => {
    expect(genitive('Utvecklingsutskottet')).toBe('Utvecklingsutskottets');
    expect(genitive('Distriktets styrelses')).toBe('Distriktets styrelses');
  });
});

describe('Markdown is safe', () => {
  test('CommonMark basics', () => {
    expect(markdownToHtml('Hej *du* och **ni**\n\n- ett\n- två')).toBe('<p>Hej <em>du</em> och <strong>ni</strong></p>\n<ul>\n<li>ett</li>\n<li>två</li>\n</ul>');
  });
  test('raw HTML is text, never markup', () => {
    const html = markdownToHtml('<script>alert(1)</script> <img src=http://evil.example/x onerror=alert(1)> <b onclick="x()">b</b>');
    expect(html).not.toMatch(/<script|<img|<b /);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=http://evil.example/x onerror=alert(1)&gt;');
  });
  test('only http(s) and mailto links', () => {
    expect(markdownInline('[ok](https://example.se)')).toBe('<a href="https://example.se">ok</a>');
    expect(markdownInline('[mejl](mailto:a@example.se)')).toBe('<a href="mailto:a@example.se">mejl</a>');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '/relative']) {
      expect(markdownInline(`[x](${bad})`)).not.toContain('<a');
    }
    expect(markdownInline('<javascript:alert(1)>')).not.toContain('<a');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('https://example.se')).toBe('https://example.se');
  });
  test('images become their alt text; headings and rules stay text', () => {
    expect(markdownInline('![Logga](http://evil.example/x.png)')).toBe('Logga');
    expect(markdownToHtml('# Rubrik')).toBe('<p># Rubrik</p>');
    expect(markdownToHtml('---')).not.toContain('<hr');
  });
  test('a one-paragraph text follows its label (runs), a longer one stands under it (blocks)', () => {
    const course = { id: 'k', title: 'K', purpose: 'att öka *kunskapen*', notes: 'ett\n\ntvå' } as Course;
    const facts = courseFacts(course, { labels: sv, lang: 'sv', includeInternal: false, courses: new Map() });
    expect(facts).toEqual([
      { key: 'purpose', label: 'Syfte', runs: [{ html: 'att öka <em>kunskapen</em>' }] },
      { key: 'notes', label: sv.fields['notes'], blocksHtml: '<p>ett</p>\n<p>två</p>' },
    ]);
  });
});

describe('times and prices as a Swedish secretary writes them', () => {
  test('every clock time of a booklet is printed HH:MM, whichever form the plan used', () => {
    expect(formatTimeRange('18.30', '21:00')).toBe('18:30–21:00');
    expect(formatTimeRange('09:30', '16.00')).toBe('09:30–16:00');
    expect(formatTimeRange('18.30')).toBe('18:30');
  });

  test('18.30, kl. 18.30 and 9:30 read as clock times; other text does not', () => {
    expect(['18.30', 'kl. 18.30', 'kl 9.30', '9:30', '18:30'].map(clockTime)).toEqual(['18:30', '18:30', '09:30', '09:30', '18:30']);
    expect(['24:00', '18.3', 'kväll', '1830'].map(clockTime)).toEqual([undefined, undefined, undefined, undefined]);
  });

  test('500 kr, 1 200 kr, 1.200, 500:- read as the amounts meant', () => {
    expect(['500 kr', '1 200 kr', '1.200', '500:-', '1 200:-', '350 SEK', '1 200,50 kr'].map(priceAmount)).toEqual([500, 1200, 1200, 500, 1200, 350, 1200.5]);
    expect(['gratis', '12.5', 'ca 500 kr'].map(priceAmount)).toEqual([undefined, undefined, undefined]);
  });
});
