import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';
import puppeteer from 'puppeteer-core';
import { builtProject, CHROMIUM, tool } from './helpers.js';

/**
 * Issue 29, end to end: tests/fixtures/booklet built ONCE with the real bin (A4 PDF and the folded
 * A5 booklet) and read back with poppler.
 * - kurskalender.yaml: eleven dated courses with long venue names, ten deadlines, an introduction
 *   and a proposal. The Kurskalender's every place name whole in pdftotext -layout on A4 and A5
 *   (before, "Arbetarekommune" / "lokal, Arboga" on A4), a weekday with every date, each deadline a
 *   mark on its course's row (eleven rows, not 21), after the introduction and the proposal in
 *   the pages, the contents and the PDF's bookmarks; a cover title of one long compound whole.
 * - negativ-logo.yaml: a white SVG logo, visible on the cover (no white plate hiding it) and on the
 *   back cover (a plate in the accent colour), read from the pixels; the back cover's address
 *   block as lines.
 * - negativ-logo-palett.yaml: the same for a white PNG logo written with a palette and tRNS, as
 *   optimisers write logos (before, only 8-bit RGBA PNGs were read: it vanished on the back cover).
 * - egen-negativ-logo.yaml: an explicit `logoOnDark` (white) for the cover and a dark `logo` for the
 *   back cover, each printed where it belongs without a plate.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/studyplan.js');
const FIXTURE = path.join(ROOT, 'tests/fixtures/booklet');
let project: string;
const out = (file: string) => path.join(project, 'out', file);
/** pdftotext -layout of PAGES (all when omitted), soft hyphens kept: a word broken at one is not whole. */
const layout = (pdf: string, first?: number, last?: number) => tool('pdftotext', ['-enc', 'UTF-8', '-layout', ...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), out(pdf), '-']);
const pages = (pdf: string) => layout(pdf).split('\f');

beforeAll(() => {
  project = builtProject('studyplan-booklet-', { folder: FIXTURE, into: 'project' }, ['.', '--out', 'out', '--booklet', '--quiet'], { epoch: '1756684800' });
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

it.each(['kurskalender', 'negativ-logo', 'negativ-logo-palett', 'egen-negativ-logo'])('tests/fixtures/booklet/%s.yaml is lint-clean', (name) => {
  const rel = `tests/fixtures/booklet/${name}.yaml`;
  expect(checkPlan(parsePlan(readFileSync(path.join(ROOT, rel), 'utf8'), rel), { lang: 'en' })).toEqual([]);
});

/** The venues and towns of kurskalender.yaml, as written. */
function places(): string[] {
  const yaml = readFileSync(path.join(FIXTURE, 'kurskalender.yaml'), 'utf8');
  return [...yaml.matchAll(/^\s+(?:venue|town): (.+)$/gm)].map((m) => m[1]!);
}

describe('the Kurskalender', () => {
  /** The calendar's text: from its heading to the first section's. */
  const calendar = (pdf: string) => {
    const text = layout(pdf);
    const start = text.search(/^\s*Kurskalender\s*$/m);
    expect(start, pdf).toBeGreaterThan(-1);
    return text.slice(start, text.indexOf('Utbildningar 2027', start));
  };

  it.each(['kurskalender.pdf', 'kurskalender.booklet.pdf'])('%s: every word of every place whole (columns wrap inside the page, nothing clipped or broken)', (pdf) => {
    const text = calendar(pdf);
    for (const place of places()) for (const word of place.match(/[\p{L}-]{4,}/gu) ?? []) expect(text, `${pdf}: ${word}`).toMatch(new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}])`, 'u'));
    // "Arbetarekommunens lokal, Arboga": the longest word whole, on one line.
    expect(text).toMatch(/Arbetarekommunens\s/);
  });

  it('a short weekday with every date, eleven rows: each deadline a mark on its course’s row', () => {
    const text = calendar('kurskalender.pdf');
    const rows = [...text.matchAll(/^\s*(mån|tis|ons|tors|fre|lör|sön) (\d{1,2}) (\p{L}+) 2027/gmu)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toBe('lör 13 mars');
    expect(text).toMatch(/Anmäl senast 1 mars/);
    expect(text).toMatch(/Ansök senast 1 april/);
    expect(text.match(/(?:Anmäl|Ansök) senast/g)).toHaveLength(10);
    expect(text).not.toMatch(/Sista (?:anmälnings|ansöknings)dag/);
  });

  it('comes after the introduction and the proposal: in the pages, the contents and the bookmarks', () => {
    const all = pages('kurskalender.pdf');
    const pageOf = (re: RegExp) => all.findIndex((p) => re.test(p));
    const intro = pageOf(/^\s*Inledning\s*$/m);
    const proposal = pageOf(/^\s*Studieutskottets förslag till distriktsstyrelsen\s*$/m);
    const cal = pageOf(/^\s*Kurskalender\s*$/m);
    expect(intro).toBeGreaterThan(1);
    expect(intro).toBeLessThanOrEqual(proposal);
    expect(proposal).toBeLessThanOrEqual(cal);
    const text = layout('kurskalender.pdf');
    expect(text.indexOf('Kurskalender')).toBeGreaterThan(text.indexOf('Studieutskottets förslag'));
    const contents = all[1]!
      .split('\n')
      .map((l) => l.trim().replace(/\s+\d+$/, ''))
      .filter(Boolean);
    expect(contents.slice(contents.indexOf('Innehåll') + 1, contents.indexOf('Innehåll') + 4)).toEqual(['Inledning', 'Studieutskottets förslag till distriktsstyrelsen', 'Kurskalender']);
    const outline = JSON.stringify(JSON.parse(tool('qpdf', ['--json', '--json-key=outlines', out('kurskalender.pdf')])));
    const titles = [...outline.matchAll(/"title":"([^"]*)"/g)].map((m) => m[1]);
    expect(titles.indexOf('Kurskalender')).toBeGreaterThan(titles.indexOf('Inledning'));
    expect(titles.indexOf('Kurskalender')).toBeGreaterThan(titles.indexOf('Studieutskottets förslag till distriktsstyrelsen'));
  });
});

describe('titles never broken inside a word', () => {
  it.each([
    ['kurskalender.pdf', 'Studieorganisatörsutbildningsprogrammet'],
    ['kurskalender.booklet.pdf', 'Studieorganisatörsutbildningsprogrammet'],
    ['negativ-logo.pdf', 'Studieorganisatörsutbildningen'],
    ['negativ-logo.booklet.pdf', 'Studieorganisatörsutbildningen'],
  ])('%s: the cover title’s compound on one line', (pdf, word) => {
    // The booklet's first sheet has the cover on its right half.
    expect(layout(pdf, 1)).toContain(word);
  });
});

describe('one date style on the cover', () => {
  it.each(['kurskalender.pdf', 'kurskalender.booklet.pdf'])('%s: the issue date in words, as the foot line’s meeting date, no ISO date', (pdf) => {
    const cover = layout(pdf, 1);
    expect(cover).toMatch(/^\s*Västerås 14 november 2026\s*$/m);
    expect(cover).toMatch(/Distriktsstyrelsen 28 november 2026/);
    expect(cover).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('names never hyphenated', () => {
  it.each(['kurskalender.pdf', 'kurskalender.booklet.pdf'])('%s: no place or person broken at a line end, in the cards as in the Kurskalender', (pdf) => {
    // -layout: line by line as printed (the plain text layer joins a word broken at a line end); a
    // name's first letters and a hyphen before a space or a line end is the name broken there.
    const raw = layout(pdf);
    // Every word of a name, a common word inside a venue's name too ("konferensrummet", "bygdegård"): the name is read whole.
    const names = [...places(), 'Ängla Västerberg-Lindqvist'].flatMap((p) => p.match(/\p{L}{7,}/gu) ?? []);
    for (const name of names)
      for (let k = 2; k <= name.length - 2; k++) {
        const head = name.slice(0, k);
        expect(raw, `${pdf}: ${name} broken after ${head}`).not.toMatch(new RegExp(`(?<!\\p{L})${head}[\u00ad-](?=\\s)`, 'u'));
      }
  });
});

/** A page as RGB pixels at 60 dpi (pdftoppm's PPM). */
function pixels(pdf: string, page: number): { width: number; height: number; at: (x: number, y: number) => [number, number, number] } {
  const ppm = Buffer.from(tool('pdftoppm', ['-r', '60', '-f', String(page), '-l', String(page), out(pdf)]), 'latin1');
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40))!;
  const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  return { width, height, at: (x, y) => [0, 1, 2].map((c) => ppm[offset + (y * width + x) * 3 + c]!) as [number, number, number] };
}
const isWhite = ([r, g, b]: number[]) => r! > 235 && g! > 235 && b! > 235;
const isAccent = ([r, g, b]: number[]) => Math.abs(r! - 0x0a) < 30 && Math.abs(g! - 0x5c) < 30 && Math.abs(b! - 0x36) < 30;

/** Pixels of the page in the box [X0, X1) × [Y0, Y1) that PASS. */
function count(page: ReturnType<typeof pixels>, [x0, y0, x1, y1]: number[], pass: (rgb: number[]) => boolean): number {
  let n = 0;
  for (let y = y0!; y < y1!; y++) for (let x = x0!; x < x1!; x++) if (pass(page.at(x, y))) n++;
  return n;
}
const lastPage = (pdf: string) => pixels(pdf, Number(tool('pdfinfo', [out(pdf)]).match(/Pages:\s+(\d+)/)![1]!));
/** The cover's logo box: 16 mm padding, 22 mm high (38 px and 52 px at 60 dpi). */
const COVER_LOGO = [40, 40, 88, 88];
const isDark = ([r, g, b]: number[]) => r! < 60 && g! < 60 && b! < 60;

describe.each(['negativ-logo.pdf', 'negativ-logo-palett.pdf'])('a negative (white) logo stays visible: %s', (pdf) => {
  it('on the cover: white drawing on the cover’s colour where the logo is (top left), no white plate', () => {
    const page = pixels(pdf, 1);
    const white = count(page, COVER_LOGO, isWhite);
    // A white plate would make the whole box white (2304 pixels) and none of it the cover's colour.
    expect(white, 'the logo’s white strokes').toBeGreaterThan(150);
    expect(white).toBeLessThan(1500);
    expect(count(page, COVER_LOGO, isAccent), 'the cover’s colour around them, not a white plate').toBeGreaterThan(250);
  });

  it('on the back cover: a plate of the accent colour with the white drawing on it', () => {
    const page = lastPage(pdf);
    // The plate: the colour's pixels in rows that are not the rule above the text (a line across the page).
    const plate: [number, number][] = [];
    for (let y = 0; y < page.height; y++) {
      const row: [number, number][] = [];
      for (let x = 0; x < page.width; x++) if (isAccent(page.at(x, y))) row.push([x, y]);
      if (row.length < 100) plate.push(...row);
    }
    const ys = plate.map(([, y]) => y);
    const xs = plate.map(([x]) => x);
    const [top, bottom, left, right] = [Math.min(...ys), Math.max(...ys), Math.min(...xs), Math.max(...xs)];
    expect(plate.length, 'a plate of the colour').toBeGreaterThan(500);
    expect(bottom - top, 'one patch, the size of the logo').toBeLessThan(60);
    expect(count(page, [left, top, right + 1, bottom + 1], isWhite), 'the white drawing inside the plate').toBeGreaterThan(100);
  });
});

describe('a plan with both logos (egen-negativ-logo.yaml)', () => {
  it('prints its logoOnDark on the cover: white on the cover’s colour, no plate', () => {
    const page = pixels('egen-negativ-logo.pdf', 1);
    expect(count(page, COVER_LOGO, isWhite), 'the white logo’s strokes').toBeGreaterThan(150);
    expect(count(page, COVER_LOGO, isWhite)).toBeLessThan(1500);
    expect(count(page, COVER_LOGO, isDark), 'not the dark logo').toBe(0);
  });

  it('prints its dark logo on the back cover’s white, with no plate of the colour', () => {
    const page = lastPage('egen-negativ-logo.pdf');
    const all = [0, 0, page.width, page.height];
    expect(count(page, all, isDark), 'the dark drawing').toBeGreaterThan(150);
    // The only colour on the page is the rule above the address (a line, under 5 px high).
    const rows = new Set<number>();
    for (let y = 0; y < page.height; y++) for (let x = 0; x < page.width; x++) if (isAccent(page.at(x, y))) rows.add(y);
    expect(rows.size, 'no plate behind the logo').toBeLessThan(5);
  });
});

describe('the back cover', () => {
  it('the back cover’s address block prints as lines', () => {
    const all = pages('negativ-logo.pdf');
    const back = all[all.length - 2]!.split('\n').map((l) => l.trim());
    for (const line of ['Socialdemokraterna i Västmanland', 'Box 1234', '721 05 Västerås', '021-12 34 56 · vastmanland@example.se', 'Tryckt av Distriktstryck, Västerås 2026'])
      expect(back).toContain(line);
  });
});

describe('the HTML cover at desktop width', () => {
  it('has its title in the text’s column, with a cover picture (tests/fixtures/brand) as without (the seed)', async () => {
    const brand = mkdtempSync(path.join(tmpdir(), 'studyplan-cover-'));
    try {
      cpSync(path.join(ROOT, 'tests/fixtures/brand'), brand, { recursive: true });
      const r = spawnSync(process.execPath, [BIN, 'build', '--format', 'html', '--quiet'], { cwd: brand, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      try {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        for (const file of [path.join(brand, 'out/skane-hosten-2021.html'), out('kurskalender.html')]) {
          await page.goto(`file://${file}`);
          const [top, title, heading] = await page.evaluate(() => ['.cover-top', '.cover-title', 'main h2'].map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().left)));
          expect([title, heading], file).toEqual([top, top]);
        }
      } finally {
        await browser.close();
      }
    } finally {
      rmSync(brand, { recursive: true, force: true });
    }
  }, 120_000);
});
