import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutline } from '../../src/pdf/outline-pages.js';
import { ROOT, runMain } from '../helpers/cli.js';
import { CHROMIUM, pageTexts, tool } from './helpers.js';

/**
 * Issue 27, headings and pages only where the document has them, printed by real Chromium: the
 * genre's notices (tests/fixtures/genre/: a union section's kallelse, a district's weekend course,
 * a Danish folk high school's short course) print as the documents they are, with no invented
 * heading, no contents, no Kurskalender and no cover; forced on, from the plan or the config, a
 * notice gets all three; forced off, a long plan gets none. The PDF stage copes with each: page 1
 * keeps its margins when it is text, the contents numbers land, and the folded booklet keeps a
 * back cover last only when there is one.
 */
const GENRE = path.join(ROOT, 'tests/fixtures/genre');
const KALLELSE = 'kallelse-forhandlingskurs';
const HELGKURS = 'helgkurs-skrivarkurs';
const HOJSKOLE = 'hojskole-kort-kursus';
const ENV = { PUPPETEER_EXECUTABLE_PATH: CHROMIUM, SOURCE_DATE_EPOCH: '1735689600' };

let dir: string;
/** No config: the notices as written, the kallelse forced on in the plan, a long plan forced off. */
let plain: string;
/** studyplan.config.yaml forces contents and Kurskalender on (and the folded booklet); a plan of it forces them off again. */
let configured: string;

const yaml = (name: string) => readFileSync(path.join(GENRE, `${name}.yaml`), 'utf8');
const out = (project: string, file: string) => path.join(project, 'out', file);
const html = (project: string, name: string) => readFileSync(out(project, `${name}.html`), 'utf8');
const pages = (project: string, name: string) => pageTexts(out(project, `${name}.pdf`)).slice(1);
const headings = (page: string) => [...page.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/gs)].map((m) => `${m[1]} ${m[2]!.replace(/<[^>]+>/g, '').trim()}`);
/** The left edge of the first word on page 1, in points (pdftotext's bounding boxes). */
const firstWordX = (pdf: string) => Number(/<word xMin="([\d.]+)"/.exec(tool('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-']))?.[1]);
/** The A4 booklet's left margin (templates/booklet/template.json: 20mm 30mm 22mm), in points. */
const LEFT_MARGIN = (30 / 25.4) * 72;

async function build(project: string): Promise<void> {
  const r = await runMain(project, ['build', 'plans/', '--out', 'out', '--format', 'html,pdf'], ENV);
  if (r.code !== 0) throw new Error(`build failed (${r.code}): ${r.stderr}`);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-notices-'));
  plain = path.join(dir, 'plain');
  mkdirSync(path.join(plain, 'plans'), { recursive: true });
  for (const name of [KALLELSE, HELGKURS, HOJSKOLE]) copyFileSync(path.join(GENRE, `${name}.yaml`), path.join(plain, 'plans', `${name}.yaml`));
  writeFileSync(path.join(plain, 'plans/kallelse-forced.yaml'), `${yaml(KALLELSE)}layout:\n  contents: true\n  courseCalendar: true\n`);
  const published = readFileSync(path.join(ROOT, 'tests/fixtures/valid/published.yaml'), 'utf8');
  writeFileSync(path.join(plain, 'plans/long-forced-off.yaml'), `${published}\nlayout:\n  cover: false\n  contents: false\n  courseCalendar: false\n`);

  configured = path.join(dir, 'configured');
  mkdirSync(path.join(configured, 'plans'), { recursive: true });
  writeFileSync(path.join(configured, 'studyplan.config.yaml'), 'booklet: true\nlayout:\n  contents: true\n  courseCalendar: true\n');
  copyFileSync(path.join(GENRE, `${KALLELSE}.yaml`), path.join(configured, 'plans', `${KALLELSE}.yaml`));
  writeFileSync(path.join(configured, 'plans', `${HELGKURS}.yaml`), `${yaml(HELGKURS)}layout:\n  contents: false\n  courseCalendar: false\n`);
  await build(plain);
  await build(configured);
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a notice prints as the document it is', () => {
  it('the kallelse: one page, the title and the course, no invented heading, no contents, no Kurskalender, no cover', async () => {
    const text = pages(plain, KALLELSE);
    expect(text).toHaveLength(1);
    expect(text[0]).toMatch(/^Kommunal sektion Malmfälten/);
    for (const words of ['Kallelse till förhandlingskurs', 'Förhandling steg 1', 'Du kallas härmed', 'Föreningsgatan 7']) expect(text[0]).toContain(words);
    for (const invented of ['Innehåll', 'Kurskalender', 'Inledning', 'Kurser']) expect(text[0]).not.toContain(invented);
    // The bookmarks are the document's two headings, the course under the title.
    const outline = await readOutline(readFileSync(out(plain, `${KALLELSE}.pdf`)));
    expect(outline.map((e) => [e.depth, e.title, e.page])).toEqual([
      [0, 'Kallelse till förhandlingskurs', 1],
      [1, 'Förhandling steg 1', 1],
    ]);
    expect(headings(html(plain, KALLELSE))).toEqual(['1 Kallelse till förhandlingskurs', '2 Förhandling steg 1']);
  });

  it('page 1 is text, not a cover: it keeps its margins, and has no running header or page number', () => {
    expect(firstWordX(out(plain, `${KALLELSE}.pdf`))).toBeGreaterThan(LEFT_MARGIN - 1);
    const first = pages(plain, HELGKURS)[0]!;
    expect(first.trim().split('\n').at(-1)).not.toMatch(/^\s*1\s*$/);
    expect(first).not.toMatch(/^Skriv så att det blir läst\n/);
  });

  it('the weekend notice: its own heading for the practical block, none for the introduction, at most two pages', () => {
    const text = pages(plain, HELGKURS);
    expect(text.length).toBeLessThanOrEqual(2);
    const all = text.join('\n');
    for (const words of ['Bra att veta', 'Skrivarhelg i Umeå', 'Insändare, nyhetsbrev']) expect(all).toContain(words);
    for (const invented of ['Praktisk information', 'Inledning', 'Innehåll', 'Kurskalender']) expect(all).not.toContain(invented);
    expect(headings(html(plain, HELGKURS))).toEqual(['1 Skriv så att det blir läst', '2 Bra att veta', '2 Skrivarhelg i Umeå']);
    // Page 2 (when there is one) has the running header and its number.
    if (text[1]) expect(text[1]).toMatch(/^Skriv så att det blir läst\n[^]*\n2\n*$/);
  });

  it('the Danish short course: one page in Danish, no contents, no calendar, no introduction heading', () => {
    const text = pages(plain, HOJSKOLE);
    expect(text).toHaveLength(1);
    expect(text[0]).toContain('Kort kursus – Demokrati i hverdagen');
    for (const invented of ['Indhold', 'Kursuskalender', 'Indledning', 'Praktisk information']) expect(text[0]).not.toContain(invented);
    expect(html(plain, HOJSKOLE)).toMatch(/<html lang="da">/);
  });
});

describe('forced from the plan or the config', () => {
  it('the kallelse with layout forced on in the plan: cover, contents with its numbers, Kurskalender, text, back cover', () => {
    const text = pages(plain, 'kallelse-forced');
    // The Kurskalender follows the introduction on its page (issue 29), its deadline a mark on the course's row.
    expect(text).toHaveLength(4);
    expect(text[0]).toContain('Kallelse till');
    expect(text[1]).toMatch(/Innehåll\s+Kurskalender\s+3\s+Förhandling steg 1\s+3/);
    expect(text[2]).toMatch(/Du kallas härmed[^]*Kurskalender[^]*mars 2025[^]*Anmäl senast 28 februari/);
    expect(text[3]).toContain('Föreningsgatan 7');
  });

  it('a long plan forced off: the title heads page 1, in its margins, and there is no contents or Kurskalender', () => {
    const text = pages(plain, 'long-forced-off');
    const all = text.join('\n');
    expect(all).not.toMatch(/Innehåll|Kurskalender/);
    expect(text[0]).toContain('Kursprogram våren 2023');
    expect(firstWordX(out(plain, 'long-forced-off.pdf'))).toBeGreaterThan(LEFT_MARGIN - 1);
    expect(html(plain, 'long-forced-off')).toContain('without-cover');
  });

  it("the config's layout forces contents and Kurskalender on; a plan's own layout turns them off again", () => {
    expect(pages(configured, KALLELSE)[1]).toMatch(/Innehåll\s+Kurskalender\s+3/);
    const helg = pages(configured, HELGKURS).join('\n');
    expect(helg).not.toMatch(/Innehåll|Kurskalender/);
    expect(html(configured, HELGKURS)).toContain('without-cover');
  });

  it('the folded booklet keeps a back cover last only when the plan has one', () => {
    // With a cover: the first sheet's front has the back cover (left) and the cover (right).
    const covered = pageTexts(out(configured, `${KALLELSE}.booklet.pdf`))[1]!;
    expect(covered).toContain('Föreningsgatan 7');
    expect(covered).toContain('Kallelse till');
    // Without: page 1 alone on the front; the last page, with the publisher's website, is inside.
    const sheets = pageTexts(out(configured, `${HELGKURS}.booklet.pdf`)).slice(1);
    expect(sheets[0]).toContain('Skriv så att det blir läst');
    expect(sheets[0]).not.toContain('https://www.example.se/s-kvinnor-vasterbotten');
    expect(sheets.join('\n')).toContain('https://www.example.se/s-kvinnor-vasterbotten');
  });
});
