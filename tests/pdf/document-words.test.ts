import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';
import { builtProject, pageTexts } from './helpers.js';

/**
 * Issue 27, "the document's own shape", end to end: tests/fixtures/words/ built ONCE with the
 * real bin into HTML, PDF and .ics.
 * - The deadline's word: an application course's is "Sista ansökningsdag" (da: "Ansøgningsfrist")
 *   in the Kurskalender and in the .ics and "Ansök senast" ("Ansøg senest") on its card, a
 *   registration course's "Sista anmälningsdag" ("Tilmeldingsfrist") and "Anmäl senast" ("Tilmeld
 *   dig senest"), from one source. Before, the Kurskalender and the .ics said the registration's
 *   word of an application.
 * - Markdown where the schema says Markdown: every such field of listor.yaml holds a list, which
 *   must be a <ul> in the HTML, under its label, and its items lines of their own in the PDF.
 *   Before, most of them went through the inline renderer: "Två dagar på internat: - föreläsningar
 *   på förmiddagen - grupparbete på eftermiddagen" on one line.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORDS = path.join(ROOT, 'tests/fixtures/words');

let project: string;
const read = (...p: string[]) => readFileSync(path.join(project, 'out', ...p), 'utf8');
// Soft hyphens (the print's hyphenation) out, nobr spans unwrapped, white space as one space.
const flat = (s: string) =>
  s
    .replace(/\u00ad/g, '')
    .replace(/<span class="nobr">([^<]*)<\/span>/g, '$1')
    .replace(/\s+/g, ' ');
const html = (name: string) => flat(read(`${name}.html`));
/** The HTML from an element's opening tag (found by a unique snippet) to the next `until`. */
const from = (page: string, snippet: string, until: string) => {
  const start = page.indexOf(snippet);
  expect(start, snippet).toBeGreaterThan(-1);
  const end = page.indexOf(until, start + snippet.length);
  return page.slice(start, end === -1 ? undefined : end);
};
/** The PDF's text as lines, without the page furniture (running header, page numbers) and empty lines. */
const pdfLines = (name: string, title: string) =>
  pageTexts(path.join(project, 'out', `${name}.pdf`))
    .join('\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== title && !/^\d+$/.test(l));
const summaries = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));

beforeAll(() => {
  project = builtProject('studyplan-words-', { folder: WORDS, into: 'plans' }, ['plans/', '--out', 'out', '--format', 'html,pdf'], { epoch: '1756684800' });
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

it.each(['ansokan', 'ansoegning-da', 'listor'])('tests/fixtures/words/%s.yaml is lint-clean', (name) => {
  const rel = `tests/fixtures/words/${name}.yaml`;
  expect(checkPlan(parsePlan(readFileSync(path.join(ROOT, rel), 'utf8'), rel), { lang: 'en' })).toEqual([]);
});

describe.each([
  {
    name: 'ansokan',
    title: 'Kurser hösten 2025',
    application: { id: 'ledarutbildning', course: 'Ledarutbildning med urval', label: 'Ansökan', word: 'Sista ansökningsdag', by: 'Ansök senast', date: '5 september 2025' },
    registration: { id: 'medlemskurs', course: 'Medlemskurs för nya', label: 'Anmälan', word: 'Sista anmälningsdag', by: 'Anmäl senast', date: '10 oktober 2025' },
  },
  {
    name: 'ansoegning-da',
    title: 'Kurser efteråret 2025',
    application: { id: 'lederuddannelse', course: 'Lederuddannelse med optagelse', label: 'Ansøgning', word: 'Ansøgningsfrist', by: 'Ansøg senest', date: '5. september 2025' },
    registration: { id: 'medlemskursus', course: 'Medlemskursus for nye', label: 'Tilmelding', word: 'Tilmeldingsfrist', by: 'Tilmeld dig senest', date: '10. oktober 2025' },
  },
])("the deadline's word in $name", ({ name, title, application, registration }) => {
  it('is the course\'s own on its card, in its facts block: "Ansökan  Ansök senast 5 september 2025."', () => {
    const page = html(name);
    for (const c of [application, registration]) {
      expect(from(page, `aria-labelledby="${c.id}"`, '</article>')).toContain(`<dt>${c.label}</dt><dd>${c.by} ${c.date}.`);
    }
  });

  it('is the same in the Kurskalender, before the course it is about', () => {
    const calendar = from(html(name), '<section class="course-calendar"', '</section>');
    // A mark on its course's row (issue 29): "Ansök senast 5 september", the day without its year.
    const day = (c: { date: string }) => c.date.replace(/ \d{4}$/, '');
    for (const c of [application, registration]) expect(calendar).toMatch(new RegExp(`<a href="#${c.id}">${c.course}</a> <span class="calendar-deadline">${c.by} ${day(c)}</span>`));
    expect(calendar).not.toContain(`${registration.by} ${day(application)}`);
  });

  it("is the same in the plan's .ics and in each course's own", () => {
    const deadlines = summaries(read(`${name}.ics`)).filter((s) => s.includes(':'));
    expect(deadlines).toEqual([`${application.word}: ${application.course}`, `${registration.word}: ${registration.course}`]);
    for (const c of [application, registration]) expect(summaries(read(`${name}.calendars`, `${c.id}.ics`))).toContain(`${c.word}: ${c.course}`);
  });

  it('is the same in the printed PDF: the card and the Kurskalender', () => {
    const text = pdfLines(name, title).join(' ');
    for (const c of [application, registration]) {
      expect(text).toContain(`${c.label} ${c.by} ${c.date}.`);
      expect(text).toContain(`${c.by} ${c.date.replace(/ \d{4}$/, '')}`);
    }
    expect(text).not.toContain(`${registration.word}: ${application.course}`);
    expect(text).not.toContain(`${registration.word} ${application.date}`);
    expect(text).not.toContain(`${registration.by} ${application.date}`);
  });
});

/** [where, what stands before the list (its label's line, or its own paragraph or list item), the list's lead-in, its items] */
const LISTS: [string, string, string, string[]][] = [
  [
    'practical registration.text',
    '<strong>Anmälan:</strong> <a href="https://www.example.se/anmalan">Anmäl dig här</a><span class="print-url"> (example.se/<wbr>anmalan)</span></p>',
    'Så anmäler du dig till en kurs:',
    ['fyll i formuläret på webben', 'vänta på bekräftelsen'],
  ],
  // "Kostnad: Kostnadsfri" would say the label twice: the line stands without it (issue 27).
  ['practical cost.text', '<p>Kostnadsfri</p>', 'Partidistriktet betalar:', ['kursavgiften', 'resan till kursorten']],
  ["the plan's goals", '<h2 id="mal">Mål</h2> <ul class="goals"> <li>', 'Planens mål för hösten:', ['tjugo nya cirkelledare', 'en studiecirkel i varje arbetarekommun']],
  [
    "a section's goals",
    '<h2 id="kurser">Kurser</h2> <div class="section-goals"> <p><strong>Mål:</strong></p> <ul class="goals"> <li>',
    'Avsnittets mål:',
    ['fler medlemmar i studier', 'fler kvinnor som cirkelledare'],
  ],
  ['step.description', '<span class="step-title">Förberedelse</span><div class="step-description">', 'Före första träffen:', ['läs kapitel 1', 'svara på enkäten']],
  ['module.description', '<span class="module-title">Mötesteknik</span>', 'Modulen tar upp:', ['dagordning', 'protokoll']],
  ['session.description', '<span class="session-hours">(2 timmar)</span><div class="session-description">', 'Träffen handlar om:', ['varför föreningen finns', 'vad styrelsen gör']],
  ["a step's occurrence.text", '<li>4 oktober 2025, Listby.', 'Gäller:', ['den som bor i norr', 'den som bor i söder']],
  ['format.text', '<strong>Form:</strong> Kurs, 2 dagar</p>', 'Två dagar på internat:', ['föreläsningar på förmiddagen', 'grupparbete på eftermiddagen']],
  ['pace.text', '<strong>Studietakt:</strong> Deltid</p>', 'Mellan träffarna:', ['läser du en bok', 'skriver du en kort reflektion']],
  ['workload.text', '<strong>Omfattning:</strong> 16 timmar</p>', 'Räkna med:', ['två kvällar läsning', 'en kväll skrivande']],
  ['prerequisites.text', '<strong>Förkunskaper:</strong> <a href="#grundkurs">Grundkurs för nya medlemmar</a>.</p>', 'Du bör också ha:', ['suttit i en styrelse', 'läst stadgarna']],
  // A course's facts block (issue 29): the row's value, then the plan's list in the same row.
  ["a course's occurrence.text", '<dt>Tid</dt><dd>11 oktober 2025, 10:00–16:00', 'Ta med:', ['kläder för två dagar', 'anteckningsbok']],
  ['recurrence.text', '<dt>Hur ofta</dt><dd>Två gånger per år', 'Kursen ges:', ['en gång på hösten', 'en gång på våren']],
  ['registration.text', '<dt>Anmälan</dt><dd>Anmäl senast 30 september 2025. 20 platser.', 'Anmälan görs i två steg:', ['anmäl dig på webben', 'bekräfta när du fått ett mejl']],
  ['cost.text', '<dt>Kostnad</dt><dd>500 kr. Undantag: studenter går gratis', 'Priset gäller:', ['kost och logi', 'kursmaterial']],
  ['completion.text', '<strong>Diplom:</strong></p>', 'Diplom till den som:', ['deltagit båda dagarna', 'lämnat in reflektionen']],
  [
    "a course contact's text",
    '<dt>Kontakt</dt><dd><p class="fact-contact">Anna Andersson, studieorganisatör, <a href="mailto:anna@example.se">anna@example.se</a></p>',
    'Nås bäst:',
    ['på förmiddagar', 'via e-post'],
  ],
  ["a course's goals", '<strong>Mål:</strong></p>', 'Efter kursen kan du:', ['leda ett styrelsemöte', 'skriva en verksamhetsplan']],
  ["a course's history", '<strong>Historik:</strong></p>', 'Kursen har:', ['getts sedan 2019', 'haft 120 deltagare']],
  ["a section contact's text", '<p>Bertil Berg, ombudsman, Telefon <a href="tel:0701234567">070-123 45 67</a></p>', 'Fråga Bertil om:', ['lokaler', 'resor']],
  ["the plan's contact's text", '<p>Cecilia Ek, ordförande, <a href="mailto:cecilia@example.se">cecilia@example.se</a></p>', 'Cecilia svarar på:', ['frågor om planen', 'frågor om pengar']],
  ["an appendix's goals", '<div class="section-goals"> <p><strong>Mål:</strong></p> <ul class="goals"> <li>', 'Bilagans mål:', ['tio cirklar', 'hundra deltagare']],
];

describe('Markdown where the schema says Markdown (tests/fixtures/words/listor.yaml)', () => {
  it.each(LISTS)('%s: a <ul> of <li>, right under what it belongs to', (_where, before, lead, items) => {
    const page = html('listor');
    const list = `<p>${lead}</p> <ul> ${items.map((i) => `<li>${i}</li>`).join(' ')} </ul>`;
    // The last `before` ahead of the list: the list follows it with nothing labelled between.
    const at = page.indexOf(list);
    expect(at, list).toBeGreaterThan(-1);
    const owner = page.lastIndexOf(before, at);
    expect(owner, before).toBeGreaterThan(-1);
    expect(page.slice(owner + before.length, at).trim()).toBe('');
  });

  it('no list is flattened into a line (" - " between words)', () => {
    expect(html('listor')).not.toMatch(/\p{L}:? - \p{L}/u);
  });

  it('a text of one paragraph still follows its label on the same line', () => {
    expect(from(html('listor'), 'aria-labelledby="grundkurs"', '</article>')).toContain('<dt>Kostnad</dt><dd>200 kr. Betalas på plats.</dd>');
  });

  it.each(LISTS)('%s: in the PDF, the lead-in and each item on a line of its own', (_where, _before, lead, items) => {
    const lines = pdfLines('listor', 'Studieplan med listor');
    const at = lines.indexOf(lead);
    expect(at, lead).toBeGreaterThan(-1);
    expect(lines.slice(at + 1, at + 1 + items.length)).toEqual(items);
  });
});
