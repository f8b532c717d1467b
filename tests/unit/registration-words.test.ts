import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { parsePlan } from '../../src/plan/load.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { publishPlan } from '../../src/publish/index.js';
import { renderHtml } from '../../src/render/render-html.js';
import { registrationWords } from '../../src/render/registration-words.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';

/**
 * Issue 27: the deadline's word has one source (the labels' ui.deadline-registration and
 * ui.deadline-application, read by src/render/registration-words.ts), so the course's card, the
 * Kurskalender and the .ics say the same word: before, an application's card said "Sista
 * ansökningsdag" while its calendar row and calendar entry said "Sista anmälningsdag" (and in
 * Danish and Norwegian the card and the calendar used two different words for one deadline).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = 'tests/fixtures/words/ansokan.yaml';
let booklet: LoadedTemplate;

beforeAll(async () => {
  booklet = await loadTemplate('booklet', root);
});

/** The plan of two courses (an application, a registration), in LANG. */
function planIn(lang: 'sv' | 'en' | 'nb' | 'da'): StudyPlan {
  const plan = parsePlan(readFileSync(path.join(root, FIXTURE), 'utf8'), FIXTURE).data as StudyPlan;
  return { ...plan, language: lang };
}

const flat = (html: string) =>
  html
    .replace(/\u00ad/g, '')
    .replace(/<span class="nobr">([^<]*)<\/span>/g, '$1')
    .replace(/\s+/g, ' ');
/** The HTML of one course's card. */
const card = (page: string, id: string) => {
  const start = page.indexOf(`<article class="course" aria-labelledby="${id}">`);
  expect(start, id).toBeGreaterThan(-1);
  return page.slice(start, page.indexOf('</article>', start));
};
const kurskalender = (page: string) => {
  const start = page.indexOf('<section class="course-calendar"');
  expect(start).toBeGreaterThan(-1);
  return page.slice(start, page.indexOf('</section>', start));
};
const summaries = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
const descriptions = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('description')));

// [language, the registration's word, the application's word, the card's labels, the dates as printed, the card's verbs, the Kurskalender's marks (issue 29)]
const WORDS = [
  [
    'sv',
    'Sista anmälningsdag',
    'Sista ansökningsdag',
    ['Anmälan', 'Ansökan'],
    ['10 oktober 2025', '5 september 2025'],
    ['Anmäl senast', 'Ansök senast'],
    ['Anmäl senast 10 oktober', 'Ansök senast 5 september'],
  ],
  [
    'en',
    'Registration deadline',
    'Application deadline',
    ['Registration', 'Application'],
    ['10 October 2025', '5 September 2025'],
    ['Register by', 'Apply by'],
    ['Register by 10 October', 'Apply by 5 September'],
  ],
  [
    'nb',
    'Påmeldingsfrist',
    'Søknadsfrist',
    ['Påmelding', 'Søknad'],
    ['10. oktober 2025', '5. september 2025'],
    ['Meld deg på innen', 'Søk innen'],
    ['Meld deg på innen 10. oktober', 'Søk innen 5. september'],
  ],
  [
    'da',
    'Tilmeldingsfrist',
    'Ansøgningsfrist',
    ['Tilmelding', 'Ansøgning'],
    ['10. oktober 2025', '5. september 2025'],
    ['Tilmeld dig senest', 'Ansøg senest'],
    ['Tilmeld dig senest 10. oktober', 'Ansøg senest 5. september'],
  ],
] as const;

describe.each(WORDS)(
  'in %s',
  (lang, registration, application, [registrationLabel, applicationLabel], [registrationDate, applicationDate], [registerBy, applyBy], [registrationMark, applicationMark]) => {
    test('registrationWords: one word a kind, as in a sentence and before a title, and the verb of the call to act', () => {
      const labels = booklet.labels[lang]!;
      expect(registrationWords('registration', labels)).toMatchObject({
        heading: registrationLabel,
        deadline: registration.toLocaleLowerCase(lang),
        deadlineLabel: `${registration}:`,
        by: registerBy,
      });
      expect(registrationWords(undefined, labels)).toEqual(registrationWords('registration', labels));
      expect(registrationWords('application', labels)).toMatchObject({ heading: applicationLabel, deadline: application.toLocaleLowerCase(lang), deadlineLabel: `${application}:`, by: applyBy });
      expect([registrationWords('registration', labels).by, registrationWords('application', labels).by]).toEqual([registrationMark, applicationMark].map((m) => m.replace(/ \d.*$/, '')));
    });

    test("the card, the Kurskalender and the .ics say the course's own word", () => {
      const page = flat(renderHtml(planIn(lang), { template: booklet }));
      // The card's facts block (issue 29): "Ansökan  Ansök senast 5 september 2025." with the verb of its kind.
      expect(card(page, 'ledarutbildning')).toContain(`<dt>${applicationLabel}</dt><dd>${applyBy} ${applicationDate}.`);
      expect(card(page, 'medlemskurs')).toContain(`<dt>${registrationLabel}</dt><dd>${registerBy} ${registrationDate}.`);
      expect(card(page, 'medlemskurs')).not.toContain(applyBy);
      // The Kurskalender: the deadline a mark on its course's row (issue 29), "Ansök senast 5 september", not a row of its own.
      const rows = kurskalender(page);
      expect(rows).toContain(`<a href="#ledarutbildning">Ledarutbildning med urval</a> <span class="calendar-deadline">${applicationMark}</span>`);
      expect(rows).toContain(`<a href="#medlemskurs">Medlemskurs för nya</a> <span class="calendar-deadline">${registrationMark}</span>`);
      expect(rows.match(/<tr>/g)).toHaveLength(3);
      expect(rows).not.toContain(`${registration}:`);
      // The .ics: the deadline's entry, and the line with the link in every entry of the course.
      const ics = publishPlan(planIn(lang), { name: 'ansokan', template: booklet }).ics!;
      expect(summaries(ics)).toEqual(['Ledarutbildning med urval', `${application}: Ledarutbildning med urval`, 'Medlemskurs för nya', `${registration}: Medlemskurs för nya`]);
      expect(descriptions(ics)).toEqual([
        `${applicationLabel}: https://www.example.se/ansok/ledarutbildning`,
        `${applicationLabel}: https://www.example.se/ansok/ledarutbildning`,
        `${registrationLabel}: https://www.example.se/anmalan/medlemskurs`,
        `${registrationLabel}: https://www.example.se/anmalan/medlemskurs`,
      ]);
    });
  },
);

test("a template without the verbs says the deadline's noun before the date, as cards did before", () => {
  const labels = booklet.labels['sv']!;
  const { registerBy: _, applyBy: __, ...ui } = labels.ui;
  expect(registrationWords('application', { ...labels, ui }).by).toBe('Sista ansökningsdag');
});

test('the labels have the two words and none of the four patterns they replace (one source, not one per place)', () => {
  for (const lang of ['sv', 'en', 'nb', 'da'] as const) {
    const ui = booklet.labels[lang]!.ui;
    expect(ui['deadline-registration'], lang).toBeTruthy();
    expect(ui['deadline-application'], lang).toBeTruthy();
    expect(ui['deadline-application'], lang).not.toBe(ui['deadline-registration']);
    for (const old of ['deadline', 'applicationDeadline', 'calendarDeadline', 'deadlineEvent']) expect(ui[old], `${lang} ${old}`).toBeUndefined();
  }
});
