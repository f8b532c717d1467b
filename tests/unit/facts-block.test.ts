import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Course, Occurrence } from '../../src/plan/types.js';
import type { Labels } from '../../src/render/labels.js';
import { loadTemplate } from '../../src/render/template-loader.js';
import { courseView } from '../../src/render/view-model-course.js';
import type { CourseBlockView } from '../../src/render/view-model-course-blocks.js';
import type { CourseContext, FactView } from '../../src/render/view-model-facts.js';

/**
 * The facts block at the head of a course's card (issue 29), as data: which rows, in which order,
 * what each row holds. The partial (templates/booklet/partials/facts-block.hbs) only writes them.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
let labels: Record<string, Labels>;
beforeAll(async () => {
  labels = (await loadTemplate('booklet', root)).labels as Record<string, Labels>;
});

const ctx = (lang = 'sv', includeInternal = false): CourseContext => ({ labels: labels[lang]!, lang, includeInternal, courses: new Map() });
const blocks = (course: Partial<Course>, lang = 'sv'): CourseBlockView[] => courseView({ id: 'kurs', title: 'Kursen', ...course }, 'kurs', ctx(lang)).blocks;
const block = (course: Partial<Course>, lang = 'sv'): FactView[] => {
  const found = blocks(course, lang).find((b) => b.kind === 'facts');
  return found?.kind === 'facts' ? found.rows : [];
};
const text = (row: FactView | undefined): string => (row?.runs ?? []).map((r) => ('text' in r ? r.text : r.html)).join('');

const FOLKETS_HUS: Occurrence = { date: '2026-10-03', startTime: '09:00', endTime: '16:00', venue: 'Folkets hus', address: 'Storgatan 1', town: 'Luleå' };
const ALL: Partial<Course> = {
  description: 'En dag om fackets arbete.',
  audience: 'Nya medlemmar',
  purpose: 'att lära känna facket',
  period: { start: '2026-09-01', end: '2026-12-15' },
  nextStart: '2027-01-20',
  recurrence: { count: 2, per: 'year' },
  occurrences: [FOLKETS_HUS],
  cost: { amount: 200 },
  registration: { deadline: '2026-09-20', url: 'https://www.example.se/anmalan/grund' },
  contacts: [{ name: 'Anna Andersson', email: 'anna@example.se' }],
};

describe('the rows and their order', () => {
  test('when, where, what it costs, how to register and whom to ask, in this order, whatever order the plan writes them in', () => {
    expect(block(ALL).map((r) => `${r.key} ${r.label}`)).toEqual([
      'coursePeriod Kursperiod',
      'nextStart Nästa start',
      'time Tid',
      'place Plats',
      'recurrence Hur ofta',
      'cost Kostnad',
      'registration Anmälan',
      'contact Kontakt',
    ]);
    const backwards = Object.fromEntries(Object.entries(ALL).reverse()) as Partial<Course>;
    expect(block(backwards).map((r) => r.key)).toEqual(block(ALL).map((r) => r.key));
  });

  test('the block is the head of the card; the other facts follow the texts, without the ones in the block', () => {
    const list = blocks({ ...ALL, steps: [{ title: 'Del 1' }] });
    expect(list.map((b) => b.kind)).toEqual(['facts', 'description', 'steps', 'details']);
    const details = list[3]!;
    expect(details.kind === 'details' && details.facts.map((f) => f.key)).toEqual(['audience', 'purpose']);
  });

  test('a course without any of the facts has no block at all', () => {
    expect(blocks({ description: 'Text.', audience: 'Alla' }).map((b) => b.kind)).toEqual(['description', 'details']);
  });

  test('the labels in the other languages', () => {
    expect(block(ALL, 'en').map((r) => r.label)).toEqual(['Course period', 'Next start', 'When', 'Where', 'How often', 'Cost', 'Registration', 'Contact']);
    expect(block(ALL, 'nb').map((r) => r.label)).toEqual(['Kursperiode', 'Neste oppstart', 'Tid', 'Sted', 'Hvor ofte', 'Kostnad', 'Påmelding', 'Kontakt']);
    expect(block(ALL, 'da').map((r) => r.label)).toEqual(['Kursusperiode', 'Næste start', 'Tid', 'Sted', 'Hvor ofte', 'Pris', 'Tilmelding', 'Kontakt']);
  });
});

describe('when and where, apart', () => {
  test('one occasion: its date and time under "Tid", its venue, address and town under "Plats", neither with a full stop', () => {
    const [time, place] = block({ occurrences: [FOLKETS_HUS] });
    expect(time?.occurrence).toMatchObject({ when: '3 oktober 2026, 09:00–16:00' });
    expect(time?.occurrence?.where).toBeUndefined();
    expect(place?.occurrence?.where).toBe('Folkets hus, Storgatan 1, Luleå');
  });

  test('several occasions in one place: the dates listed under "Tid", the place once', () => {
    const rows = block({ occurrences: [FOLKETS_HUS, { ...FOLKETS_HUS, date: '2026-10-10' }] });
    expect(rows.map((r) => r.key)).toEqual(['time', 'place']);
    expect(rows[0]!.items?.map((o) => o.when)).toEqual(['3 oktober 2026, 09:00–16:00', '10 oktober 2026, 09:00–16:00']);
    expect(rows[0]!.items?.some((o) => o.where)).toBe(false);
    expect(rows[1]!.occurrence?.where).toBe('Folkets hus, Storgatan 1, Luleå');
  });

  test('several places: "Tid och plats", each occasion with its when and its where', () => {
    const rows = block({
      occurrences: [
        { ...FOLKETS_HUS, label: 'Träff 1' },
        { date: '2026-11-07', town: 'Kiruna', venueStatus: 'to-be-announced' },
      ],
    });
    expect(rows.map((r) => `${r.key} ${r.label}`)).toEqual(['when Tid och plats']);
    expect(rows[0]!.items?.map((o) => [o.label, o.when, o.where])).toEqual([
      ['Träff 1', '3 oktober 2026, 09:00–16:00', 'Folkets hus, Storgatan 1, Luleå'],
      [undefined, '7 november 2026', 'Kiruna, lokal meddelas senare'],
    ]);
  });

  test('occasions without a date (held locally, online) are where, not when', () => {
    const rows = block({ occurrences: [{ locally: true }, { online: true, text: 'Sex träffar i december.' }] });
    expect(rows.map((r) => r.key)).toEqual(['place']);
    expect(rows[0]!.items?.map((o) => [o.when, o.where, o.noteHtml])).toEqual([
      [undefined, 'Lokalt i arbetarekommunerna', undefined],
      [undefined, 'Digitalt', 'Sex träffar i december.'],
    ]);
  });

  test('a committee-only occasion is left out unless asked for, and then marked', () => {
    const course: Course = { id: 'k', title: 'K', occurrences: [FOLKETS_HUS, { date: '2026-11-01', town: 'Hemlig', internal: true }] };
    const shown = courseView(course, 'k', ctx()).blocks[0]!;
    expect(shown.kind === 'facts' && shown.rows.map((r) => r.key)).toEqual(['time', 'place']);
    const all = courseView(course, 'k', ctx('sv', true)).blocks[0]!;
    expect(all.kind === 'facts' && all.rows[0]!.items?.map((o) => o.internal)).toEqual([false, true]);
  });
});

describe('registration: a verb, a date and the address in full', () => {
  test('the plan\'s words, then "Anmäl senast" with the date and the capacity; the link with its address as paper prints it', () => {
    const row = block({ registration: { deadline: '2026-09-20', capacity: 20, text: 'Via studieorganisatören', url: 'https://www.example.se/anmalan/grund/' } })[0]!;
    // The plan's words were a phrase: a full stop ends them before the next sentence.
    expect(text(row)).toBe('Via studieorganisatören. Anmäl senast 20 september 2026. 20 platser.');
    expect(text(block({ registration: { text: 'Via studieorganisatören' } })[0])).toBe('Via studieorganisatören');
    expect(row.link).toEqual({
      href: 'https://www.example.se/anmalan/grund/',
      text: 'Anmäl dig här',
      address: 'example.se/anmalan/grund',
      addressParts: ['example.se/', 'anmalan/', 'grund'],
    });
  });

  test('an application says "Ansök senast", under "Ansökan"', () => {
    const row = block({ registration: { kind: 'application', deadline: '2026-06-15' } })[0]!;
    expect([row.label, text(row)]).toEqual(['Ansökan', 'Ansök senast 15 juni 2026.']);
    expect(text(block({ registration: { kind: 'application', deadline: '2026-06-15' } }, 'en')[0])).toBe('Apply by 15 June 2026.');
  });

  test('an e-mail address is the call to act as it is written', () => {
    const row = block({ registration: { deadline: '2027-04-02', email: 'anmalan@example.se' } })[0]!;
    expect([text(row), row.email]).toEqual(['Anmäl senast 2 april 2027.', 'anmalan@example.se']);
  });

  test('the contacts stand beside it, each a line of its own', () => {
    const rows = block({
      registration: { email: 'anmalan@example.se' },
      contacts: [
        { name: 'Anna', phone: '070-123 45 67' },
        { name: 'Bo', email: 'bo@example.se' },
      ],
    });
    expect(rows.map((r) => r.key)).toEqual(['registration', 'contact']);
    expect(rows[1]!.contacts?.map((c) => c.name)).toEqual(['Anna', 'Bo']);
  });
});

test('one punctuation: a row of sentences ends with a full stop, a phrase has none', () => {
  const [cost] = block({ cost: { amount: 1500, includes: ['kost', 'logi'], otherPayers: ['fackklubben'] } });
  expect(text(cost)).toBe('1500 kr. I priset ingår kost och logi. Kostnaden kan också betalas av fackklubben.');
  expect(text(block({ cost: { amount: 200 } })[0])).toBe('200 kr');
});
