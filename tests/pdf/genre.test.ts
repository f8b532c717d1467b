import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';
import { readOutline } from '../../src/pdf/outline-pages.js';
import { builtProject, pageTexts, tool } from './helpers.js';

/**
 * The genre fixtures (tests/fixtures/genre/, one realistic plan per kind of content the model
 * gained in issue 13), each lint-clean, built ONCE with the real bin into HTML and PDF, and each
 * new thing found where a reader expects it: in the HTML's structure and in the PDF's text and
 * outline.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GENRE = path.join(ROOT, 'tests/fixtures/genre');
const PLANS = readdirSync(GENRE)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

let project: string;
const html = (name: string) => readFileSync(path.join(project, 'out', `${name}.html`), 'utf8');
const pdf = (name: string) => path.join(project, 'out', `${name}.pdf`);
/** The headings of an HTML page in order, as "LEVEL text" (tags inside a heading dropped). */
const headings = (page: string) =>
  [...page.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/gs)].map(
    (m) =>
      `${m[1]} ${m[2]!
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim()}`,
  );
/** The HTML between an element's opening tag (found by a unique snippet) and the next `until`. */
const after = (page: string, snippet: string, until: string) => {
  const start = page.indexOf(snippet);
  expect(start, snippet).toBeGreaterThan(-1);
  const end = page.indexOf(until, start + snippet.length);
  return page.slice(start, end === -1 ? undefined : end);
};
// The booklet keeps dates, times and prices on one line with nobr spans: compared as the words they hold.
const flat = (s: string) => s.replace(/<span class="nobr">([^<]*)<\/span>/g, '$1').replace(/\s+/g, ' ');

beforeAll(() => {
  project = builtProject('studyplan-genre-', { folder: GENRE, into: 'plans' }, ['plans/', '--out', 'out', '--format', 'html,pdf']);
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the genre fixtures', () => {
  it.each(PLANS)('%s is lint-clean (no finding at all)', (name) => {
    const rel = `tests/fixtures/genre/${name}.yaml`;
    expect(checkPlan(parsePlan(readFileSync(path.join(ROOT, rel), 'utf8'), rel), { lang: 'en' })).toEqual([]);
  });

  it('sub-sections: a heading one level down in the HTML, the contents and the PDF outline', async () => {
    const page = html('distrikt-antagen-plan');
    expect(headings(page)).toEqual(
      expect.arrayContaining(['2 Studieplanen', '3 Studiekommittén', '3 Handledarlag', '3 ABF', '2 Cirkelstudier', '3 Cirkelledarutbildning', '3 Cirkelns upplägg', '3 Regler']),
    );
    const h = headings(page);
    expect(h.indexOf('3 Studiekommittén')).toBe(h.indexOf('2 Studieplanen') + 1);
    expect(page).toMatch(/<section class="section section-prose subsection" aria-labelledby="studiekommitten">/);
    // The contents nest them under their chapter.
    const toc = after(page, '<nav class="toc"', '</nav>');
    expect(flat(after(toc, 'href="#studieplanen"', '</li>\n</ol>\n</li>'))).toMatch(/<ol class="toc-sub"> <li class="toc-entry"><a href="#studiekommitten">/);
    const outline = await readOutline(readFileSync(pdf('distrikt-antagen-plan')));
    const at = (title: string) => outline.find((e) => e.title === title);
    // Depth 0 is the cover's title (h1); the chapters are its children, their sub-sections one further down.
    expect(at('Studieplanen')?.depth).toBe(1);
    expect(at('Studiekommittén')?.depth).toBe(2);
    expect(at('Handledarlag')?.depth).toBe(2);
    expect(at('Cirkelstudier')?.depth).toBe(1);
    expect(at('Regler')?.depth).toBe(2);
    expect(outline.indexOf(at('Studiekommittén')!)).toBeGreaterThan(outline.indexOf(at('Studieplanen')!));
    // The printed contents give the sub-sections their page numbers too, indented under the chapter.
    const contents = tool('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '2', '-l', '2', pdf('distrikt-antagen-plan'), '-']);
    expect(contents).toMatch(/^Studieplanen\s+\d+$/m);
    expect(contents).toMatch(/^ +Studiekommittén\s+\d+$/m);
    expect(contents).toMatch(/^ +Regler\s+\d+$/m);
  });

  it('a plan without a period or a document-kind word: no such word or empty period on the cover; the PDF is dated from `issued`', () => {
    const page = html('folkhogskola-kurs');
    const cover = after(page, '<header class="cover">', '</header>');
    expect(cover).not.toContain('cover-kind');
    expect(cover).not.toContain('cover-period');
    expect(tool('pdfinfo', [pdf('folkhogskola-kurs')])).toMatch(/CreationDate:\s+Tue Mar {1,2}1 12:00:00 2022 UTC/);
    const first = pageTexts(pdf('folkhogskola-kurs'))[1]!;
    expect(first).not.toMatch(/Studieplan|Kursprogram/);
  });

  it('notices: a call to action and a banner on the cover, a status notice by the course heading and in the index', () => {
    const cover = after(html('distrikt-antagen-plan'), '<header class="cover">', '</header>');
    expect(cover).toContain('<div class="notice notice-call-to-action" role="note">');
    expect(cover).toContain('<a href="https://www.example.se/gavleborg/cirkelledare">Tipsa om en cirkelledare</a>');
    expect(flat(pageTexts(pdf('distrikt-antagen-plan'))[1]!)).toContain('Dags att rekrytera nya cirkelledare!');
    expect(after(html('ungdomsdistrikt-nivaer'), '<header class="cover">', '</header>')).toContain('notice-banner');
    const course = after(html('folkhogskola-kurs'), '<article class="course"', '</article>');
    expect(flat(course)).toMatch(/<\/h3> <div class="notice notice-status"> <p>Fullbokad\. Nästa omgång startar hösten 2022\.<\/p>/);
    expect(readFileSync(path.join(project, 'out', 'index.html'), 'utf8')).toContain('<p class="plan-notice">Vårens kurs är fullbokad. Nästa omgång startar hösten 2022.</p>');
  });

  it('practical information: one section before the chapters, printed once, with route, organiser, cost rules and contacts', () => {
    const page = html('distrikt-antagen-plan');
    const h = headings(page);
    expect(h.indexOf('2 Praktisk information')).toBeLessThan(h.indexOf('2 Studieplanen'));
    const practical = flat(after(page, '<section class="practical"', '</section>'));
    // Issue 27: no label before words that begin with it ("Anmälan: Anmälan görs …").
    expect(practical).toContain('<p>Anmälan görs i distriktets kursportal');
    expect(practical).toContain('<strong>Arrangörer:</strong> I samarbete med ABF Gävleborg');
    expect(practical).toContain('Partidistriktet står för kostnaden, dock ej resor till och från kursorten');
    expect(practical).toContain('Maria Lindqvist');
    expect(page.split('Maria Lindqvist').length - 1).toBe(1);
  });

  it('levels and sessions: each level lists its sessions in order; a session given by id is printed where it is named, an elective with its options', () => {
    const course = after(html('ungdomsdistrikt-nivaer'), '<article class="course"', '</article>');
    const levels = course.split('<span class="step-label">').slice(1);
    expect(levels).toHaveLength(3);
    const titles = (level: string) => [...level.matchAll(/<span class="session-title">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(titles(levels[0]!)).toEqual(['Vad är socialdemokrati?', 'Retorik och debatt']);
    expect(titles(levels[1]!)).toEqual(['Ideologiska rötter', 'Ett politiskt pass efter eget val', 'Retorik och debatt']);
    expect(levels[1]).toContain('<li class="session elective">');
    expect(flat(levels[1]!)).toContain('<ul class="session-options"><li>Välfärdspolitik</li><li>Klimat och jobb</li><li>Internationell solidaritet</li></ul>');
    const text = flat(pageTexts(pdf('ungdomsdistrikt-nivaer')).join(' '));
    expect(text).toMatch(/Nivå 2 Fördjupning.*Ideologiska rötter.*Ett politiskt pass efter eget val valfritt pass.*Välfärdspolitik.*Retorik och debatt.*Nivå 3/);
  });

  it('steps with alternative occurrences in different towns: each under its step, "choose one" where there is a choice, the last step in Oslo', () => {
    const course = after(html('partiskole-trinn'), '<article class="course"', '</article>');
    const steps = course.split('<span class="step-label">').slice(1);
    expect(steps).toHaveLength(4);
    expect(steps[0]).toContain('Velg én av samlingene:');
    expect(steps[0]).toMatch(/Trondheim[\s\S]*Steinkjer/);
    expect(steps[1]).toMatch(/Trondheim[\s\S]*Levanger/);
    expect(steps[2]).not.toContain('Velg én av samlingene:');
    expect(steps[3]).toContain('Oslo');
    const text = flat(pageTexts(pdf('partiskole-trinn')).join(' '));
    expect(text).toMatch(/Trinn 1 Organisasjon og verdier Velg én av samlingene: .*Trondheim.*Steinkjer.*Trinn 2/);
  });

  it('occurrences: label and theme, hours, and a venue to be announced as a state', () => {
    const course = flat(after(html('partiskole-trinn'), '<article class="course"', '</article>'));
    expect(course).toContain('<span class="occurrence-label">Samling 1: Partiets historie</span> 4. februar 2023, 10:00–16:00, Folkets hus, Trondheim, 6 timer.');
    expect(course).toContain('Steinkjer, lokale kunngjøres senere. Lokalet sendes på e-post før samlingen.');
    expect(course).toContain('<span class="occurrence-label">Internat: Et døgn på Stortinget</span>');
  });

  it("course-level time: the course's period, next start, pace and workload", () => {
    const course = flat(after(html('folkhogskola-kurs'), '<article class="course"', '</article>'));
    // The dates are in the facts block at the head of the card (issue 29); pace and workload among the other facts.
    expect(course).toContain('<dt>Kursperiod</dt><dd>17 januari–3 juni 2022</dd>');
    expect(course).toContain('<dt>Nästa start</dt><dd>22 augusti 2022</dd>');
    expect(course).toContain('<strong>Studietakt:</strong> Halvfart, 4 timmar i veckan mellan träffarna.');
    expect(course).toContain('<strong>Omfattning:</strong> 160 timmar, 20 veckor');
  });

  it('application, not registration: "Ansökan" and "Ansök senast"', () => {
    const course = flat(after(html('folkhogskola-kurs'), '<article class="course"', '</article>'));
    // "Ansökan görs på skolans webbplats": the label the words begin with is for screen readers only.
    expect(course).toContain('<dt class="visually-hidden">Ansökan</dt>');
    expect(course).toContain('Ansök senast 15 juni 2022');
    expect(course).toMatch(/>Ansök här<span class="visually-hidden">/);
    expect(course).not.toContain('Anmälan');
    expect(course).not.toContain('Anmäl');
    expect(flat(pageTexts(pdf('folkhogskola-kurs')).join(' '))).toContain('Ansök senast 15 juni 2022');
  });

  it('cost: what the price includes, exceptions, who may pay instead', () => {
    const folk = flat(after(html('folkhogskola-kurs'), '<article class="course"', '</article>'));
    expect(folk).toContain('I priset ingår kost, logi och litteratur');
    expect(folk).toContain('Kostnaden kan också betalas av fackklubben och arbetarekommunen');
    const trinn = flat(after(html('partiskole-trinn'), '<article class="course"', '</article>'));
    expect(trinn).toContain('Prisen inkluderer mat og overnatting i Oslo');
    expect(trinn).toContain('Unntak: Reisen betaler deltakeren selv, unntatt til trinn 4 i Oslo.');
  });

  it('completion: the diploma rule among the course facts', () => {
    // Issue 27: the rule begins with the label's word, so it stands without "Diplom:" before it.
    expect(flat(html('partiskole-trinn'))).toContain('<p>Diplom deles ut til den som har deltatt på alle fire trinnene.</p>');
    const text = flat(pageTexts(pdf('partiskole-trinn')).join(' '));
    expect(text).toContain('Diplom deles ut');
    expect(text).not.toContain('Diplom: Diplom');
  });

  it('calendar entries: kinds, their own audience and description, linked to one course on two dates, in a calendar without a title of its own', () => {
    const page = html('distriktskalender');
    expect(headings(page)).toContain('2 Kalender');
    const cal = flat(after(page, '<section class="section section-calendar"', '</section>'));
    expect(cal.match(/<a href="#valberedning">Valberedningens arbete<\/a>/g)).toHaveLength(2);
    expect(cal).toContain('<span class="event-kind">Konferens:</span> Distriktets vinterkonferens');
    expect(cal).toContain('<p class="event-audience"><strong>Målgrupp:</strong> Ombud och styrelser</p><p>Två dagar om organisering');
    expect(cal).toContain('<strong>Målgrupp:</strong> Valberedningar och styrelser');
    expect(flat(pageTexts(pdf('distriktskalender')).join(' '))).toMatch(/Kalender februari 2023 .*Konferens: Distriktets vinterkonferens/);
  });

  it('images: from the plan folder, embedded (never a remote URL), with alt text and caption, inside their section', () => {
    const abf = after(html('distrikt-antagen-plan'), 'aria-labelledby="abf"', '</section>');
    expect(abf).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/]+(&#x3D;)*" alt="Kursgården Forsbacka, ett rött hus vid en gräsmatta">/);
    expect(abf).toContain('<figcaption>Kursgården i Forsbacka, där internaten hålls. <span class="image-credit">Bild: Socialdemokraterna i Gävleborg</span></figcaption>');
    expect(
      tool('pdfimages', ['-list', pdf('distrikt-antagen-plan')])
        .split('\n')
        .slice(2)
        .filter(Boolean).length,
    ).toBeGreaterThan(0);
  });

  it('goals on a section: printed under that section, not at the end of the plan', () => {
    const page = html('distrikt-antagen-plan');
    const own = after(page, 'aria-labelledby="studieplanen"', '<section');
    expect(flat(own)).toContain('<div class="section-goals"> <p><strong>Mål:</strong></p> <ul class="goals"> <li>Minst en studiecirkel i varje arbetarekommun under 2023.</li>');
    expect(page).not.toContain('<section class="plan-goals"');
    // The plan's own goals stand under a heading of their own, in the contents, before the sections.
    const youth = html('ungdomsdistrikt-nivaer');
    expect(headings(youth).slice(0, 4)).toEqual(['1 Politisk skola 2023', '2 Innehåll', '2 Mål', '2 Politisk skola']);
    expect(flat(after(youth, '<section class="plan-goals"', '</section>'))).toContain('<li>Trettio medlemmar går nivå 1 under våren.</li>');
    expect(after(youth, '<nav class="toc"', '</nav>')).toContain('<a href="#mal">');
  });
});
