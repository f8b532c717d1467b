import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { importPlan } from '../../src/import/index.js';
import type { Course, Section, StudyPlan } from '../../src/plan/types.js';
import { renderHtml } from '../../src/render/render-html.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';
import { fidelity, htmlText, ignoreSet } from '../helpers/fidelity.js';
import { ROOT } from '../helpers/cli.js';

/**
 * `studyplan import` on its fixtures (tests/fixtures/import/, made by scripts/make-import-fixtures.mjs):
 * one plan in Swedish, Norwegian and Danish, each as .md, .txt, .html, .docx, .odt and two PDFs.
 * Each import lints without errors, keeps ≥ 98 % of the source's sentences in the rendered booklet
 * (the PDF's fidelity is checked by tests/pdf/import-fidelity.test.ts), and its courses, dates,
 * registration and prices match the plan written out by hand below, field by field.
 */
const DIR = path.join(ROOT, 'tests/fixtures/import');
const FORMATS = ['md', 'txt', 'html', 'docx', 'odt', 'chromium.pdf', 'libreoffice.pdf'] as const;

interface Expected {
  title: string;
  publisher: string;
  issued: NonNullable<StudyPlan['issued']>;
  period: StudyPlan['period'];
  courses: {
    title: string;
    audience?: string;
    purpose?: string;
    dates?: string[];
    times?: string[];
    deadline?: string;
    email?: string;
    amount?: number;
    currency?: string;
    free?: boolean;
    steps?: string[];
    contact?: string;
  }[];
  clauses?: number;
}

const EXPECTED: Record<string, Expected> = {
  'vasternorrland-varen-2025': {
    title: 'Studieplan våren 2025',
    publisher: 'Socialdemokraterna i Västernorrland',
    issued: { place: 'Härnösand', date: '2024-11-20', asWritten: 'Härnösand 2024-11-20' },
    period: { term: 'spring', year: 2025 },
    courses: [
      {
        title: 'Medlemsutbildning steg 1',
        audience: 'Nya medlemmar',
        purpose: 'att ge kunskap om partiets historia, idéer och organisation',
        dates: ['2025-03-15'],
        times: ['10:00-16:00'],
        deadline: '2025-03-01',
        free: true,
        contact: 'Anna Berg anna.berg@example.se 070-123 45 67',
      },
      {
        title: 'Medlemsutbildning steg 2',
        audience: 'Medlemmar som har gått steg 1',
        deadline: '2025-03-20',
        email: 'kurs@example.se',
        amount: 200,
        currency: 'SEK',
        steps: ['Del 1: Organisation och demokrati', 'Del 2: Politiken i kommunen', 'Del 3: Att skriva en motion'],
      },
      {
        title: 'Kommunikation i sociala medier',
        audience: 'Förtroendevalda och gruppledare',
        purpose: 'att stärka förmågan att berätta om vår politik i sociala medier',
        dates: ['2025-04-12'],
        times: ['09:30-15:30'],
        deadline: '2025-03-28',
        amount: 350,
        currency: 'SEK',
      },
      { title: 'Att leda ett möte', audience: 'Ordförande och sekreterare i arbetarekommuner och s-föreningar', dates: ['2025-05-07'], times: ['18:00-21:00'], free: true },
    ],
    clauses: 2,
  },
  'nordland-varen-2025': {
    title: 'Opplæringsplan våren 2025',
    publisher: 'Arbeiderpartiet i Nordland',
    issued: { place: 'Bodø', date: '2024-11-18', asWritten: 'Bodø 2024-11-18' },
    period: { term: 'spring', year: 2025 },
    courses: [
      {
        title: 'Grunnkurs for nye medlemmer',
        audience: 'Nye medlemmer',
        purpose: 'å gi kunnskap om partiets historie, ideer og organisasjon',
        dates: ['2025-03-15'],
        times: ['10:00-16:00'],
        deadline: '2025-03-01',
        free: true,
        contact: 'Kari Nordmann kari.nordmann@example.no 912 34 567',
      },
      {
        title: 'Videregående kurs',
        audience: 'Medlemmer som har tatt grunnkurset',
        deadline: '2025-03-20',
        email: 'kurs@example.no',
        amount: 200,
        currency: 'NOK',
        steps: ['Trinn 1: Organisasjon og demokrati', 'Trinn 2: Politikken i kommunen', 'Trinn 3: Å skrive et forslag'],
      },
      {
        title: 'Kommunikasjon i sosiale medier',
        audience: 'Tillitsvalgte og gruppeledere',
        purpose: 'å styrke evnen til å fortelle om politikken vår i sosiale medier',
        dates: ['2025-04-12'],
        times: ['09:30-15:30'],
        deadline: '2025-03-28',
        amount: 350,
        currency: 'NOK',
      },
      { title: 'Møteledelse', audience: 'Ledere og sekretærer i lokallagene', dates: ['2025-05-07'], times: ['18:00-21:00'], free: true },
    ],
  },
  'fyn-foraaret-2025': {
    title: 'Kursusplan foråret 2025',
    publisher: 'Socialdemokratiet i Fyns Storkreds',
    issued: { place: 'Odense', date: '2024-11-19', asWritten: 'Odense 2024-11-19' },
    period: { term: 'spring', year: 2025 },
    courses: [
      {
        title: 'Grundkursus for nye medlemmer',
        audience: 'Nye medlemmer',
        purpose: 'at give viden om partiets historie, idéer og organisation',
        dates: ['2025-03-15'],
        times: ['10:00-16:00'],
        deadline: '2025-03-01',
        free: true,
        contact: 'Mette Jensen mette.jensen@example.dk 20 12 34 56',
      },
      {
        title: 'Videregående kursus',
        audience: 'Medlemmer, der har taget grundkurset',
        deadline: '2025-03-20',
        email: 'kursus@example.dk',
        amount: 200,
        currency: 'DKK',
        steps: ['Trin 1: Organisation og demokrati', 'Trin 2: Politikken i kommunen', 'Trin 3: At skrive et forslag'],
      },
      {
        title: 'Kommunikation på sociale medier',
        audience: 'Tillidsvalgte og gruppeformænd',
        purpose: 'at styrke evnen til at fortælle om vores politik på sociale medier',
        dates: ['2025-04-12'],
        times: ['09:30-15:30'],
        deadline: '2025-03-28',
        amount: 350,
        currency: 'DKK',
      },
      { title: 'Mødeledelse', audience: 'Formænd og sekretærer i afdelingerne', dates: ['2025-05-07'], times: ['18:00-21:00'], free: true },
    ],
  },
};
const LANG: Record<string, string> = { 'vasternorrland-varen-2025': 'sv', 'nordland-varen-2025': 'nb', 'fyn-foraaret-2025': 'da' };

function coursesOf(sections: Section[] | undefined): Course[] {
  return (sections ?? []).flatMap((s) => [...(s.kind === 'courses' ? s.courses : []), ...coursesOf((s as { sections?: Section[] }).sections)]);
}

/** A course as the fields the expected plans name. */
function shape(c: Course): Expected['courses'][number] {
  const o = c.occurrences ?? [];
  return {
    title: c.title,
    ...(c.audience ? { audience: String(c.audience) } : {}),
    ...(c.purpose ? { purpose: c.purpose } : {}),
    ...(o.some((x) => x.date) ? { dates: o.map((x) => x.date!).filter(Boolean) } : {}),
    ...(o.some((x) => x.startTime) ? { times: o.map((x) => `${x.startTime}-${x.endTime}`) } : {}),
    ...(c.registration?.deadline ? { deadline: c.registration.deadline } : {}),
    ...(c.registration?.email ? { email: c.registration.email } : {}),
    ...(c.cost?.amount !== undefined ? { amount: c.cost.amount, currency: c.cost.currency! } : {}),
    ...(c.cost?.free ? { free: true } : {}),
    ...(c.steps ? { steps: c.steps.map((s) => `${s.label}: ${s.title}`) } : {}),
    ...(c.contacts ? { contact: c.contacts.map((k) => [k.name, k.email, k.phone].filter(Boolean).join(' ')).join('; ') } : {}),
  };
}

let booklet: LoadedTemplate;
beforeAll(async () => {
  booklet = await loadTemplate('booklet', ROOT);
});

const opts = { cwd: ROOT, out: 'plans/imported.yaml', lintLang: 'en' as const };

describe.each(Object.keys(EXPECTED))('import of %s', (name) => {
  const expected = EXPECTED[name]!;
  const source = readFileSync(path.join(DIR, `${name}.txt`), 'utf8');

  test.each(FORMATS)('.%s: lints clean, keeps 98 percent of the sentences or more, and finds the plan written out by hand', async (format) => {
    const result = await importPlan(path.join(DIR, `${name}.${format}`), opts);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const plan = parse(result.yaml) as StudyPlan;
    expect(plan.language).toBe(LANG[name]);
    expect(plan.title).toBe(expected.title);
    expect(plan.publisher.name).toBe(expected.publisher);
    // The dateline's place and date, and the line as the source writes it (the cover prints that).
    expect(plan.issued).toEqual(expected.issued);
    expect(plan.period).toEqual(expected.period);
    expect(coursesOf(plan.sections).map(shape)).toEqual(expected.courses);
    expect(plan.proposal?.clauses.length).toBe(expected.clauses);
    // NAME.ignore: lines the booklet words its own way (deadlines as "Anmäl senast …"), as fidelity.py reads them too.
    const kept = fidelity(source, htmlText(renderHtml(plan, { template: booklet })), ignoreSet(readFileSync(path.join(DIR, `${name}.ignore`), 'utf8')));
    expect(kept.percent, kept.missing.join('\n')).toBeGreaterThanOrEqual(98);
  });
});

const SEEDS = path.join(ROOT, '..', 'shared', 'seeds');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];

describe('import of the two seed plans (../shared/seeds)', () => {
  test.skipIf(!seedFiles.length)('../shared/seeds is there (CI has it; a checkout without it skips these)', () => {
    expect(seedFiles.length).toBe(2);
  });

  test.skipIf(!seedFiles.length).each(seedFiles)('%s: lints clean, keeps 98 percent of its sentences or more, and finds its courses as courses', async (file) => {
    const text = readFileSync(path.join(SEEDS, file), 'utf8');
    const ignoreFile = path.join(SEEDS, file.replace(/\.txt$/, '.ignore'));
    const result = await importPlan(path.join(SEEDS, file), opts);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const plan = parse(result.yaml) as StudyPlan;
    const titles = coursesOf(plan.sections).map((c) => c.title);
    // Courses each seed has under a heading of their own, found as courses and not as prose.
    const known = text.includes('Politisk aftonskola')
      ? ['Politisk aftonskola, Folkhögskolesamarbete', 'Kommunikationsutbildning, Regional utbildning, Folkhögskolesamarbete', 'Facklig/politisk utbildning']
      : ['Kvinna i politiken', 'Backagårdsakademin', 'Regional studiekonferens', 'Sociala medier – introduktion'];
    expect(titles).toEqual(expect.arrayContaining(known));
    expect(titles.length).toBeGreaterThanOrEqual(known.length + 3);
    const kept = fidelity(text, htmlText(renderHtml(plan, { template: booklet })), ignoreSet(existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8') : undefined));
    expect(kept.percent).toBeGreaterThanOrEqual(98);
  });
});
