import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parsePlan } from '../../src/plan/load.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { renderHtml } from '../../src/render/render-html.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';
import { ROOT } from '../helpers/cli.js';

/**
 * Issue 29, one date style: the place-and-date line (`issued`) on the cover and in the masthead
 * of a short document says its date in words, as the foot line says the meeting's ("Luleå 18
 * oktober 2011", the `<time>` ISO); `issued.asWritten` is the document's own dateline, printed
 * as it is ("Luleå 2011-10-18").
 */
let booklet: LoadedTemplate;
beforeAll(async () => {
  booklet = await loadTemplate('booklet', ROOT);
});

const fixture = (rel: string): StudyPlan => parsePlan(readFileSync(path.join(ROOT, rel), 'utf8'), rel).data as StudyPlan;
/** The issued line of the cover or the masthead, its markup and its text. */
function issuedLine(plan: StudyPlan, where: 'cover' | 'masthead'): { html: string; text: string } {
  const html = new RegExp(`<p class="${where}-issued">(.*?)</p>`).exec(renderHtml(plan, { template: booklet }))?.[1];
  expect(html, `a ${where}-issued line`).toBeDefined();
  return { html: html!, text: html!.replace(/<[^>]+>/g, '') };
}
const NORRBOTTEN = fixture('plans/norrbotten-2011-2014.yaml');
/** The seed without its dateline as written: what a plan that does not say one prints. */
const { asWritten: _dateline, ...issued } = NORRBOTTEN.issued!;
const WORDS = { ...NORRBOTTEN, issued };
const KALLELSE = fixture('tests/fixtures/genre/kallelse-forhandlingskurs.yaml');

describe('the cover', () => {
  test('by default the date in words in the plan’s language, the <time> in ISO', () => {
    expect(issuedLine(WORDS, 'cover')).toEqual({ html: 'Luleå <time datetime="2011-10-18"><span class="nobr">18 oktober 2011</span></time>', text: 'Luleå 18 oktober 2011' });
    expect(issuedLine({ ...WORDS, language: 'en' }, 'cover').text).toBe('Luleå 18 October 2011');
  });

  test('the same style as the foot line’s meeting date', () => {
    const html = renderHtml(WORDS, { template: booklet });
    expect(html).toMatch(/<p class="cover-status">[^<]*Höstmötet <span class="nobr">23 oktober 2011<\/span>/);
    const cover = html.slice(html.indexOf('<header class="cover'), html.indexOf('</header>'));
    expect(cover.replace(/<[^>]+>|datetime="[^"]*"/g, '')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test('asWritten: the seed’s dateline as its document writes it, as is, dated for machines', () => {
    expect(NORRBOTTEN.issued?.asWritten).toBe('Luleå 2011-10-18');
    expect(issuedLine(NORRBOTTEN, 'cover')).toEqual({ html: '<time datetime="2011-10-18">Luleå <span class="nobr">2011-10-18</span></time>', text: 'Luleå 2011-10-18' });
    // Without a date, the words alone; the place is not printed a second time.
    expect(issuedLine({ ...NORRBOTTEN, issued: { place: 'Luleå', asWritten: 'Luleå i oktober 2011' } }, 'cover').text).toBe('Luleå i oktober 2011');
  });
});

describe('the masthead of a short document (no cover)', () => {
  test('the date in words in sv, nb, da and en', () => {
    expect(issuedLine(KALLELSE, 'masthead').text).toBe('Kiruna 10 februari 2025');
    expect(issuedLine(KALLELSE, 'masthead').html).toContain('<time datetime="2025-02-10">');
    expect(issuedLine({ ...KALLELSE, language: 'nb' }, 'masthead').text).toBe('Kiruna 10. februar 2025');
    expect(issuedLine({ ...KALLELSE, language: 'da' }, 'masthead').text).toBe('Kiruna 10. februar 2025');
    expect(issuedLine({ ...KALLELSE, language: 'en' }, 'masthead').text).toBe('Kiruna 10 February 2025');
  });

  test('asWritten printed as is', () => {
    const plan = { ...KALLELSE, issued: { ...KALLELSE.issued, asWritten: 'Kiruna den 10/2 2025' } };
    expect(issuedLine(plan, 'masthead')).toEqual({ html: '<time datetime="2025-02-10">Kiruna den 10/2 2025</time>', text: 'Kiruna den 10/2 2025' });
  });
});
