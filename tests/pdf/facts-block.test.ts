import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedPages, printedText } from '../helpers/page-fill.js';
import { builtProject } from './helpers.js';

/**
 * The facts block and the plan's own order, printed by the real Chromium and read back with
 * pdftotext (issues 29 and 27), on tests/fixtures/genre/hostprogram-egen-ordning.yaml: a district's
 * autumn programme whose courses have dates, places, prices, registrations and contacts, and which
 * orders its parts itself (the practical information after the courses, a section's goals before
 * its text, one course's target group first, another's registration last).
 */
const NAME = 'hostprogram-egen-ordning';

let project: string;
beforeAll(() => {
  project = builtProject('studyplan-facts-block-', { plans: [`tests/fixtures/genre/${NAME}.yaml`] }, ['plans/', '--out', 'out', '--booklet', '--quiet']);
}, 240_000);
afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const html = () => readFileSync(path.join(project, 'out', `${NAME}.html`), 'utf8');
const PRINTS = [
  { name: 'A4', file: `${NAME}.pdf`, booklet: false },
  { name: 'A5 booklet', file: `${NAME}.booklet.pdf`, booklet: true },
] as const;

/** Each page's lines, the pages of the text only (from "Inledning" on: the contents and the Kurskalender name the courses too). */
function textPages(print: (typeof PRINTS)[number]): string[][] {
  const pdf = path.join(project, 'out', print.file);
  const pages = printedPages(pdf, print.booklet).map((p) =>
    printedText(pdf, p)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  // The Kurskalender follows the introduction (issue 29) and names the courses too: its lines are left
  // out, from its heading to the first section's.
  let inCalendar = false;
  return pages.slice(pages.findIndex((lines) => lines.includes('Inledning') && !lines.includes('Innehåll'))).map((lines) =>
    lines.filter((l) => {
      if (l === 'Kurskalender') inCalendar = true;
      else if (l === 'Grundutbildningar') inCalendar = false;
      return !inCalendar;
    }),
  );
}

/** The card of a course as one string of lines: from its title to the next card's or section's title. */
const TITLES = ['Medlemsutbildning del 1', 'Cirkelledarutbildning', 'Politisk skrivarskola', 'Konferenser', 'Regional studiekonferens', 'Praktisk information'];
function card(lines: readonly string[], title: string): string[] {
  const start = lines.indexOf(title);
  expect(start, title).toBeGreaterThan(-1);
  const end = lines.findIndex((l, i) => i > start && TITLES.includes(l));
  return lines.slice(start, end === -1 ? undefined : end);
}

/** The facts block's labels, in the one order every card has. */
const ROW_ORDER = ['Kursperiod', 'Nästa start', 'Tid', 'Tid och plats', 'Plats', 'Hur ofta', 'Kostnad', 'Anmälan', 'Ansökan', 'Kontakt'];
const rowLabels = (lines: readonly string[]) =>
  lines.flatMap((l) => {
    const label = [...ROW_ORDER].sort((a, b) => b.length - a.length).find((w) => l === w || l.startsWith(`${w} `));
    return label ? [label] : [];
  });

describe.each(PRINTS)('$name', (print) => {
  it("every card's facts are in the block's order: when, where, cost, registration, contact", () => {
    const all = textPages(print).flat();
    const seen: Record<string, string[]> = {};
    for (const title of ['Medlemsutbildning del 1', 'Cirkelledarutbildning', 'Politisk skrivarskola', 'Regional studiekonferens']) {
      const labels = rowLabels(card(all, title));
      seen[title] = labels;
      expect(
        labels.map((l) => ROW_ORDER.indexOf(l)),
        `${title}: ${labels.join(', ')}`,
      ).toEqual([...labels.map((l) => ROW_ORDER.indexOf(l))].sort((a, b) => a - b));
    }
    expect(seen).toEqual({
      // A label its words begin with is not printed (issue 27): "Kostnadsfri", "Ansök med några rader …".
      'Medlemsutbildning del 1': ['Tid', 'Plats', 'Anmälan', 'Kontakt'],
      Cirkelledarutbildning: ['Tid', 'Plats', 'Kostnad', 'Anmälan', 'Kontakt'],
      'Politisk skrivarskola': ['Tid och plats', 'Kostnad', 'Anmälan'],
      'Regional studiekonferens': ['Tid', 'Plats', 'Kostnad'],
    });
  });

  it("a facts block is never broken across pages, and a card without its own order has it on its heading's page", () => {
    const pages = textPages(print);
    // An address may break after a slash: a page's lines are read joined too.
    const pageOf = (line: string) => pages.findIndex((lines) => lines.some((l) => l.startsWith(line)) || lines.join('').includes(line));
    const blocks: Record<string, string[]> = {
      'Medlemsutbildning del 1': ['19 september 2026, 10:00–15:00', 'Folkets hus, Stora Gatan 12, Västerås', 'Kostnadsfri', 'example.se/vastmanland/anmalan/del-1'],
      Cirkelledarutbildning: [
        '3 oktober 2026, 09:30–16:00',
        '17 oktober 2026, 09:30–16:00',
        'ABF-huset, Kopparbergsvägen 6, Västerås',
        '300 kr. I priset ingår lunch och kursbok.',
        'anmalan@example.se',
      ],
    };
    for (const [title, rows] of Object.entries(blocks)) expect(rows.map(pageOf), title).toEqual(rows.map(() => pageOf(title)));
    const skrivarskola = ['7 oktober 2026, 18:00–21:00', '14 oktober 2026, 18:00–21:00', '21 oktober 2026, 18:00–21:00', '150 kr', 'example.se/vastmanland/anmalan/skrivarskola'].map(pageOf);
    expect(new Set(skrivarskola).size, skrivarskola.join()).toBe(1);
  });

  it("the plan's order is the print order: the target group first, the registration last, the goals before the text, the practical information after the courses", () => {
    // Lines joined with a space: a phrase may wrap.
    const text = textPages(print).flat().join(' ');
    const inOrder = (...parts: string[]) => {
      const at = parts.map((p) => text.indexOf(p));
      expect(
        at.every((n) => n > -1),
        parts.filter((_, i) => at[i] === -1).join(' | '),
      ).toBe(true);
      expect(at, parts.join(' < ')).toEqual([...at].sort((a, b) => a - b));
    };
    // A course without an order: the facts block first, then the description, then the other facts.
    inOrder('Medlemsutbildning del 1', 'Anmäl senast 11 september 2026.', 'En introduktion till partiets', 'Målgrupp: Nya medlemmar');
    // order: [audience, description, facts]
    inOrder('Politisk skrivarskola', 'Målgrupp: Förtroendevalda och aktiva', 'Tre kvällar om att skriva', 'Tid och plats', 'Syfte: att fler ska våga skriva');
    // order: [facts, description, details, registration]: the application leaves the block for the card's foot.
    inOrder('Regional studiekonferens', '14–15 november 2026', 'En helg för arbetarekommunernas', 'Målgrupp: Arbetarekommunernas studieorganisatörer', 'Ansök senast 16 oktober 2026.');
    // The section: order [goals, text, courses]. The plan: order [introduction, sections, practical].
    inOrder('Grundutbildningar', 'Mål:', 'Varje ny medlem erbjuds', 'Grundutbildningarna ges i hela distriktet', 'Medlemsutbildning del 1');
    inOrder('Inledning', 'Grundutbildningar', 'Konferenser', 'Regional studiekonferens', 'Praktisk information', 'Det här gäller alla kurser');
  });

  it("paper prints the registration address in full, never the screen's button", () => {
    // An address may break after a slash: its lines joined.
    const text = textPages(print).flat().join('\n').replace(/\/\n/g, '/');
    expect(text).toContain('example.se/vastmanland/anmalan/del-1');
    expect(text).toContain('example.se/vastmanland/ansok/studiekonferens');
    expect(text).toContain('anmalan@example.se');
    expect(text).not.toMatch(/Anmäl dig här|Ansök här/);
    expect(text).not.toContain('(example.se/');
  });
});

describe('the HTML', () => {
  it('the block is a description list at the head of the card, its registration link a button with an accessible name', () => {
    const page = html();
    const start = page.indexOf('<article class="course" aria-labelledby="medlemsutbildning-del-1">');
    const article = page.slice(start, page.indexOf('</article>', start));
    expect(article).toMatch(/<\/h3>\s*<dl class="facts-block">\s*<div class="fact-row fact-time"><dt>Tid<\/dt><dd>/);
    expect(article).toContain('<a class="action-button" href="https://www.example.se/vastmanland/anmalan/del-1">Anmäl dig här<span class="visually-hidden">: Medlemsutbildning del 1</span></a>');
    // On paper the address in full, breakable after a slash only.
    expect(article).toContain('<a class="action-address" href="https://www.example.se/vastmanland/anmalan/del-1">example.se/<wbr>vastmanland/<wbr>anmalan/<wbr>del-1</a>');
    expect(article.indexOf('</dl>')).toBeLessThan(article.indexOf('class="course-description"'));
  });

  it('the deadline\'s word is the course\'s own everywhere: "Ansök senast" on the card, "Sista ansökningsdag" in the Kurskalender', () => {
    const page = html().replace(/<span class="nobr">([^<]*)<\/span>/g, '$1');
    expect(page).toContain('<dt class="visually-hidden">Ansökan</dt><dd>Ansök med några rader om vad du vill ta med dig hem. Ansök senast 16 oktober 2026.');
    // The Kurskalender: the deadline a mark on its course's row (issue 29).
    expect(page).toMatch(/<a href="#studiekonferens">Regional studiekonferens<\/a> <span class="calendar-deadline">Ansök senast [^<]+<\/span>/);
    expect(page).toContain('<dt>Anmälan</dt><dd>Anmäl senast 11 september 2026.');
  });
});
