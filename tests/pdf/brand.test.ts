import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.js';
import { CHROMIUM, pageTexts, tool } from './helpers.js';

/**
 * tests/fixtures/brand: a district's look from studyplan.config.yaml only (colour, SVG logo,
 * cover picture, back cover), built through the real bin with the real Chromium and read back
 * with poppler (pdfimages, pdftotext) and qpdf (the pages' colour operators).
 */
const FIXTURE = fileURLToPath(new URL('../fixtures/brand/', import.meta.url));
const PLAN = 'skane-hosten-2021';
let project: string;
const env = { PUPPETEER_EXECUTABLE_PATH: CHROMIUM };

/** The fill colours the pages paint with, as "r g b" fractions (qpdf writes the streams uncompressed). */
function fillColours(pdf: string): Set<string> {
  const qdf = `${pdf}.qdf`;
  tool('qpdf', ['--qdf', '--object-streams=disable', pdf, qdf]);
  const text = readFileSync(qdf, 'latin1');
  return new Set([...text.matchAll(/(?:^|\s)([\d.]+) ([\d.]+) ([\d.]+) rg\b/g)].map((m) => [m[1], m[2], m[3]].map((v) => Number(v).toFixed(3)).join(' ')));
}
const fraction = (hex: string) => [1, 3, 5].map((i) => (parseInt(hex.slice(i, i + 2), 16) / 255).toFixed(3)).join(' ');

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-brand-'));
  cpSync(FIXTURE, project, { recursive: true });
  const r = await runMain(project, ['build', '--booklet', '--quiet'], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 120_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('brand from studyplan.config.yaml', () => {
  const pdf = () => path.join(project, 'out', `${PLAN}.pdf`);

  it('puts the cover picture into the PDF as an image, and the SVG logo as vector drawing', async () => {
    const images = tool('pdfimages', ['-list', pdf()])
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.trim().split(/\s+/));
    // page num type width height color comp bpc enc …
    expect(images.some((i) => i[0] === '1' && i[3] === '1600' && i[4] === '900' && i[8] === 'jpeg')).toBe(true);
    // The logo's red leaf (#d7263d) is painted as paths on the cover and the back cover.
    expect(fillColours(pdf()).has(fraction('#d7263d'))).toBe(true);
  });

  it('paints with the brand colour where the accent was, and never with the default red', async () => {
    const html = readFileSync(path.join(project, 'out', `${PLAN}.html`), 'utf8');
    expect(html).toContain('--accent: #0a5c36;');
    const colours = fillColours(pdf());
    expect(colours.has(fraction('#0a5c36'))).toBe(true);
    for (const red of ['#b3122e', '#8a0c22']) expect(colours.has(fraction(red))).toBe(false);
  });

  it('prints the back cover text on the last page, of the A4 PDF and of the folded booklet', async () => {
    const pages = pageTexts(pdf());
    expect(pages[pages.length - 1]).toContain('Tryckt av Distriktstryck, Malmö 2021');
    expect(pages.slice(0, -1).join('\n')).not.toContain('Tryckt av Distriktstryck');
    // The booklet's first sheet carries the last page (left) beside the cover (right).
    const sheet1 = tool('pdftotext', ['-f', '1', '-l', '1', '-layout', path.join(project, 'out', `${PLAN}.booklet.pdf`), '-']);
    expect(sheet1).toContain('Tryckt av Distriktstryck');
  });

  it('has a course calendar after the contents, its dates in order', async () => {
    const pages = pageTexts(pdf());
    expect(pages[2]).toContain('Innehåll');
    const calendar = pages[3]!;
    expect(calendar).toContain('Kurskalender');
    const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
    const dates = [...calendar.matchAll(/(\d{1,2})(?:–\d{1,2})? (\p{L}+) (\d{4})/gu)].map((m) => `${m[3]}-${String(months.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
    // Deadlines are marks on their course's row now (issue 29), without a year: the courses' dates.
    expect(dates).toEqual(['2021-09-25', '2021-10-30', '2021-11-27']);
    // Listed in the contents with its page.
    expect(pages[2]).toMatch(/Kurskalender\s+3/);
  });

  it('drops the script of the SVG logo: the page carries the sanitised drawing only', async () => {
    const html = readFileSync(path.join(project, 'out', `${PLAN}.html`), 'utf8');
    const logo = /<img class="cover-logo" src="data:image\/svg\+xml;base64,([^"]+)"/.exec(html)?.[1];
    const svg = Buffer.from(logo ?? '', 'base64').toString('utf8');
    expect(svg).toContain('<path d="M60 22');
    expect(svg).not.toMatch(/script|alert/i);
  });

  it('shows a PNG logo as a second image in pdfimages -list', async () => {
    const config = path.join(project, 'studyplan.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('logo: assets/logo.svg', 'logo: assets/logo.png'));
    const r = await runMain(project, ['build', '--format', 'pdf', '--out', 'out-png', '--quiet'], env);
    expect(r.code).toBe(0);
    const list = tool('pdfimages', ['-list', path.join(project, 'out-png', `${PLAN}.pdf`)]);
    const sizes = list
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.trim().split(/\s+/).slice(3, 5).join('x'));
    expect(sizes).toContain('1600x900');
    expect(sizes).toContain('240x240');
  }, 60_000);
});
