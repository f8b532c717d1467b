import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtProject, pageTexts } from './helpers.js';

/**
 * Issue 27, "as written" and "dates as people write them": two genre fixtures written as their
 * documents write them (a Swedish party district's spring courses, a Norwegian union branch's
 * courses for shop stewards), built once with the real bin into HTML, PDF and .ics, and read back:
 * the document's own words where it has them, weekdays before the dates, no year the document
 * does not print, a weekend from Saturday morning to Sunday afternoon, the same hours on two
 * days, a study circle whose dates the group agrees on (no calendar entry), and no label or tool
 * word said twice.
 */
const SV = 'distrikt-kurser-som-skrivet';
const NB = 'fagforening-kurs-som-skrevet';

let project: string;
const out = (file: string) => path.join(project, 'out', file);
// The booklet keeps dates, times and prices on one line with nobr spans, and hyphenates with soft hyphens: compared as the words they hold.
const flat = (s: string) =>
  s
    .replace(/\u00ad/g, '')
    .replace(/<span class="nobr">([^<]*)<\/span>/g, '$1')
    .replace(/\s+/g, ' ');
const html = (name: string) => flat(readFileSync(out(`${name}.html`), 'utf8'));
/** The PDF's text, one line: what a reader (and a search) finds on paper. */
const pdfText = (name: string) => flat(pageTexts(out(`${name}.pdf`)).join(' '));
/** One course's card in the HTML. */
const card = (page: string, id: string) => {
  const start = page.indexOf(`<article class="course" aria-labelledby="${id}">`);
  expect(start, id).toBeGreaterThan(-1);
  return page.slice(start, page.indexOf('</article>', start));
};
const kurskalender = (page: string) => page.slice(page.indexOf('<section class="course-calendar"'), page.indexOf('</section>', page.indexOf('<section class="course-calendar"')));
const events = (name: string) =>
  new ICAL.Component(ICAL.parse(readFileSync(out(`${name}.ics`), 'utf8'))).getAllSubcomponents('vevent').map((e) => {
    const ev = new ICAL.Event(e);
    return `${ev.startDate.toString()} ${ev.endDate.toString()} ${ev.summary}`;
  });

beforeAll(() => {
  project = builtProject('studyplan-as-written-', { plans: [SV, NB].map((n) => `tests/fixtures/genre/${n}.yaml`) }, ['plans/', '--out', 'out', '--format', 'html,pdf']);
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a Swedish district writes its dates and prices as its notice does', () => {
  it("prints the document's own words for an evening and a price, in the HTML and on paper", () => {
    const page = html(SV);
    expect(card(page, 'medlemskvall')).toContain('<dt>Tid</dt><dd>Onsdag 25 april, kl 18:00 i Folkets hus, Östersund</dd>');
    expect(card(page, 'retorikhelg')).toContain('<dt>Kostnad</dt><dd>500 kr inkl. logi och mat.</dd>');
    expect(page).not.toContain('I priset ingår');
    const text = pdfText(SV);
    expect(text).toContain('Onsdag 25 april, kl 18:00 i Folkets hus, Östersund');
    expect(text).toContain('500 kr inkl. logi och mat');
    expect(text).not.toMatch(/25 april 2018|I priset ingår/);
  });

  it('prints weekdays before the dates (the plan asks for them) and no year the document leaves out', () => {
    const page = html(SV);
    expect(card(page, 'medlemskvall')).toContain('Anmäl senast onsdag 18 april.');
    expect(card(page, 'retorikhelg')).toContain(
      '<dt>Tid</dt><dd>Lördag 12 maj, 09:30 – söndag 13 maj, 15:00</dd></div> <div class="fact-row fact-place"><dt>Plats</dt><dd><span class="no-hyphens">Storsjöns kursgård, Hallen</span></dd>',
    );
    expect(card(page, 'valarbete')).toContain('<dt>Tid</dt><dd>Lördag 17 – söndag 18 mars, 10:00–16:00 varje dag</dd>');
    // The plan's own calendar: the tool's words with a weekday, or the event's own words in the date's column.
    expect(page).toContain('<time datetime="2018-04-21">lördag 21 april</time></th><td>10:00</td>');
    expect(page).toContain('<time datetime="2018-04-07">Lördag 7 april, hela dagen</time></th><td></td>');
    expect(page).not.toMatch(/\d (mars|april|maj) 2018/);
    expect(pdfText(SV)).toContain('Lördag 12 maj, 09:30 – söndag 13 maj, 15:00');
  });

  it('the Kurskalender and the .ics read the structured values: the year from the period, a weekend as one stretch, two days as two meetings, no entry for a date still open', () => {
    const rows = kurskalender(html(SV));
    expect(rows).toContain('<time datetime="2018-05-12">lör 12 – sön 13 maj</time></th><td>lördag 09:30 – söndag 15:00</td>');
    expect(rows).toContain('<time datetime="2018-03-17">lör 17 – sön 18 mars</time></th><td>10:00–16:00 varje dag</td>');
    expect(rows).not.toContain('Arbetarrörelsens historia');
    expect(events(SV)).toEqual([
      '2018-04-25T18:00:00 2018-04-25T21:00:00 Medlemskväll om partiets idéer',
      '2018-04-18 2018-04-19 Sista anmälningsdag: Medlemskväll om partiets idéer',
      '2018-05-12T09:30:00 2018-05-13T15:00:00 Helgkurs i retorik',
      '2018-04-27 2018-04-28 Sista anmälningsdag: Helgkurs i retorik',
      '2018-03-17T10:00:00 2018-03-17T16:00:00 Valarbete i arbetarekommunen',
      '2018-03-18T10:00:00 2018-03-18T16:00:00 Valarbete i arbetarekommunen',
      '2018-04-07 2018-04-08 Dörrknackning inför valet',
      '2018-04-21T10:00:00 2018-04-21T10:00:00 Distriktsårsmöte',
    ]);
  });

  it("a study circle whose dates the group agrees on says so, in the tool's words", () => {
    expect(card(html(SV), 'historiecirkel')).toContain('<dt>Tid</dt><dd>Datum bestäms i gruppen, 18:30</dd>');
    expect(pdfText(SV)).toContain('Datum bestäms i gruppen');
  });

  it('no label doubles the words after it, and no state is said twice', () => {
    const page = html(SV);
    expect(card(page, 'medlemskvall')).toContain('<dt class="visually-hidden">Anmälan</dt><dd>Anmälan sker till arbetarekommunens studieorganisatör. Anmäl senast');
    expect(card(page, 'retorikhelg')).toContain('<dt>Anmälan</dt><dd>Kursen är fullbokad; anmäl dig till reservlistan hos distriktet. Anmäl senast fredag 27 april. 20 platser.');
    expect(card(page, 'medlemskvall')).toContain('<dt>Kostnad</dt><dd>Kvällen är kostnadsfri för medlemmar.</dd>');
    const text = pdfText(SV);
    expect(text).not.toMatch(/Anmälan: Anmäl|Kostnadsfri\. Kvällen|platser, fullbokad/);
  });
});

describe('a Norwegian union branch writes its courses as its document does', () => {
  it("the weekend in the document's own words, its weekdays checked by lint (the fixture lints clean), the Kurskalender's times from start to end", () => {
    const page = html(NB);
    expect(card(page, 'grunnkurs')).toContain('<dt>Tid</dt><dd>lørdag 16. mars kl. 09:30 – søndag 17. mars kl. 15:00, Saltstraumen hotell</dd>');
    expect(kurskalender(page)).toContain('<time datetime="2024-03-16">lør 16. – søn 17. mars</time></th><td>lørdag 09:30 – søndag 15:00</td>');
    expect(pdfText(NB).replace(/\s+/g, ' ')).toContain('lørdag 16. mars kl. 09:30 – søndag 17. mars kl. 15:00, Saltstraumen hotell');
  });

  it('a weekday where one occasion asks for it, a year-less date printed without a year', () => {
    const page = html(NB);
    expect(card(page, 'tariffmote')).toContain('<dt>Tid</dt><dd>Onsdag 10. april, 18:00–20:30</dd>');
    expect(card(page, 'forhandlingskurs')).toContain('<dt>Tid</dt><dd>22.–23. mai, 09:00–16:00 hver dag</dd>');
    expect(pdfText(NB)).toContain('Onsdag 10. april, 18:00–20:30');
  });

  it('no "Påmelding: Påmelding …", no deadline the text already names, no "Fullt." before "fulltegnet"', () => {
    const page = html(NB);
    expect(card(page, 'grunnkurs')).toContain('<dd>Påmelding skjer til avdelingskontoret innen fredag 1. mars.');
    expect(card(page, 'grunnkurs')).not.toContain('Påmeldingsfrist');
    expect(card(page, 'forhandlingskurs')).toContain('<dt>Påmelding</dt><dd>Kurset er fulltegnet. Du kan settes på venteliste hos avdelingskontoret. Meld deg på innen 26. april. 16 plasser.');
    expect(pdfText(NB)).not.toMatch(/Påmelding: Påmelding|[Ff]ullt\. Kurset|plasser, fullt/);
  });

  it('the price and the study circle in the words the plan gives; the circle has no calendar entry', () => {
    const page = html(NB);
    expect(card(page, 'grunnkurs')).toContain('<dt>Kostnad</dt><dd>Gratis for medlemmer. Reise dekkes etter billigste reisemåte.</dd>');
    expect(card(page, 'arbeidsmiljo')).toContain('<dt>Tid</dt><dd>Datoer avtales i gruppen</dd>');
    expect(card(page, 'arbeidsmiljo')).toContain('<dt>Kostnad</dt><dd>Ingen egenandel</dd>');
    expect(events(NB).filter((e) => e.includes('Arbeidsmiljøloven'))).toEqual([]);
    expect(events(NB)).toContain('2024-03-16T09:30:00 2024-03-17T15:00:00 Grunnkurs for nye tillitsvalgte');
  });
});
