import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

/**
 * Committee-only content and draft marks, end to end through the real CLI: every output of a
 * public build (HTML, PDF, booklet, index, the build cache) is read back and searched.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
let project: string;

const studyplan = (...args: string[]) => runMain(project, args);
const file = (...p: string[]) => path.join(project, ...p);
/** The PDF's text, with line breaks and hyphenation joins flattened to single spaces. */
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const firstPageText = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Every committee-only text of the plan below, each of them unique to it. */
const SECRETS = [
  'HEMLIG-PLANNOT',
  'HEMLIG-AVSNITTSNOT',
  'HEMLIG-KURSNOT',
  'HEMLIG-ORT',
  'HEMLIG-KURS för styrelsen',
  'HEMLIGT-AVSNITT',
  'HEMLIG-PROSA',
  'HEMLIG-KALENDERNOT',
  'HEMLIG-HÄNDELSE',
  'HEMLIG-BILAGA',
  'HEMLIG-BILAGETEXT',
  'HEMLIG-BILAGENOT',
];
const INTERNAL_MARK = 'Internt – endast för utskottet';

const PLAN = `title: Studieplan med interna delar
publisher:
  name: Socialdemokraterna i Test
period:
  term: autumn
  year: 2022
status:
  state: draft
internalNotes: HEMLIG-PLANNOT om budgeten
sections:
  - kind: courses
    title: Utbildningar
    internalNotes: HEMLIG-AVSNITTSNOT
    courses:
      - id: oppen
        title: Öppen kurs
        audience: Alla medlemmar
        internalNotes: HEMLIG-KURSNOT
        prerequisites:
          courses: [hemlig-kurs]
        occurrences:
          - date: 2022-09-10
            town: Luleå
          - date: 2022-10-01
            town: HEMLIG-ORT
            internal: true
      - id: hemlig-kurs
        title: HEMLIG-KURS för styrelsen
        internal: true
  - kind: prose
    title: HEMLIGT-AVSNITT
    internal: true
    text: HEMLIG-PROSA
  - kind: calendar
    title: Kalender
    internalNotes: HEMLIG-KALENDERNOT
    months:
      - month: 2022-09
        events:
          - date: 2022-09-01
            title: HEMLIG-HÄNDELSE
            internal: true
          - date: 2022-09-02
            title: Öppet möte
appendices:
  - title: HEMLIG-BILAGA
    internal: true
    text: HEMLIG-BILAGETEXT
  - title: Öppen bilaga
    text: Allmän text
    internalNotes: HEMLIG-BILAGENOT
`;

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-internal-'));
  mkdirSync(file('plans'));
  writeFileSync(file('plans/intern.yaml'), PLAN);
  cpSync(path.join(root, 'plans/norrbotten-2011-2014.yaml'), file('plans/norrbotten-2011-2014.yaml'));
  cpSync(path.join(root, 'plans/skane-hosten-2021.yaml'), file('plans/skane-hosten-2021.yaml'));
  const pub = await studyplan('build', '--booklet');
  expect(pub.stderr).not.toMatch(/ {2}error {2}/);
  expect(pub.code).toBe(0);
  const committee = await studyplan('build', 'plans/intern.yaml', '--booklet', '--include-internal', '--out', 'committee');
  expect(committee.stderr).not.toMatch(/ {2}error {2}/);
  expect(committee.code).toBe(0);
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('committee-only content', () => {
  test('the public build wrote every kind of output', async () => {
    expect(readdirSync(file('out')).sort()).toEqual(expect.arrayContaining(['.studyplan-cache.json', 'index.html', 'intern.booklet.pdf', 'intern.html', 'intern.pdf']));
  });

  test.each([
    ['intern.html', (f: string) => readFileSync(f, 'utf8')],
    ['intern.pdf', pdfText],
    ['intern.booklet.pdf', pdfText],
    ['index.html', (f: string) => readFileSync(f, 'utf8')],
    ['.studyplan-cache.json', (f: string) => readFileSync(f, 'utf8')],
  ])('is absent from out/%s', async (name, read) => {
    const text = read(file('out', name));
    expect(text).not.toMatch(/hemlig/i);
    expect(text).not.toContain(INTERNAL_MARK);
  });

  test('the public course stays, without a prerequisite line naming the internal course', async () => {
    const html = readFileSync(file('out/intern.html'), 'utf8');
    expect(html).toContain('Öppen kurs');
    expect(html).toContain('Öppet möte');
    expect(html).toContain('Öppen bilaga');
    expect(html).not.toContain('Förkunskaper');
  });

  test('with --include-internal every piece is in the HTML, clearly marked', async () => {
    const html = readFileSync(file('committee/intern.html'), 'utf8');
    for (const s of SECRETS) expect(html).toContain(s);
    expect(html).toContain(`<p class="cover-band cover-internal">${INTERNAL_MARK}</p>`);
    // One mark per internal piece: notes of the plan, section, course, calendar and appendix, and
    // the internal course, section, occurrence, event and appendix.
    expect(html.split(INTERNAL_MARK).length - 1).toBeGreaterThanOrEqual(10);
  });

  test('with --include-internal every piece is in the PDF and the booklet, with the mark on the cover', async () => {
    for (const pdf of ['committee/intern.pdf', 'committee/intern.booklet.pdf']) {
      const text = pdfText(file(pdf));
      for (const s of SECRETS) expect(text, `${pdf}: ${s}`).toContain(s);
      expect(text).toContain(INTERNAL_MARK);
    }
    expect(firstPageText(file('committee/intern.pdf'))).toContain(INTERNAL_MARK);
  });
});

describe('drafts and proposals are marked', () => {
  test('a draft: UTKAST on the cover of the HTML, the PDF and the booklet, and in the index', async () => {
    const html = readFileSync(file('out/intern.html'), 'utf8');
    expect(html).toContain('<p class="cover-band">UTKAST</p>');
    expect(html).toContain('<div class="watermark"');
    expect(firstPageText(file('out/intern.pdf'))).toContain('UTKAST');
    expect(pdfText(file('out/intern.booklet.pdf'))).toContain('UTKAST');
  });

  test('a proposal: FÖRSLAG on the cover of the HTML and the PDF', async () => {
    expect(readFileSync(file('out/norrbotten-2011-2014.html'), 'utf8')).toContain('<p class="cover-band">FÖRSLAG</p>');
    expect(firstPageText(file('out/norrbotten-2011-2014.pdf'))).toContain('FÖRSLAG');
  });

  test('the index marks the draft and the proposal, and not the plan without a status', async () => {
    const index = readFileSync(file('out/index.html'), 'utf8');
    const card = (title: string) => index.split('<li class="plan-card">').find((c) => c.includes(title)) ?? '';
    expect(card('Studieplan med interna delar')).toContain('<p class="plan-mark">UTKAST</p>');
    expect(card('Utbildningsplan 2011-2014')).toContain('<p class="plan-mark">FÖRSLAG</p>');
    expect(card('Skånes partidistrikts Studieplan')).not.toContain('plan-mark');
  });

  test('a plan without a status has no mark anywhere', async () => {
    const html = readFileSync(file('out/skane-hosten-2021.html'), 'utf8');
    expect(html).not.toContain('<p class="cover-band');
    expect(html).not.toContain('<div class="watermark"');
    expect(firstPageText(file('out/skane-hosten-2021.pdf'))).not.toMatch(/UTKAST|FÖRSLAG/);
  });
});
