import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.js';
import { CHROMIUM, pageTexts, tool } from './helpers.js';

/**
 * tests/fixtures/templates/district: `"extends": "booklet"` with one partial (cover.hbs) and one
 * CSS variable (--accent). Printed beside the booklet itself: the cover is the district's, every
 * other page has the booklet's text, and the pages paint in the district's blue.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEMPLATE = path.join(ROOT, 'tests/fixtures/templates/district');
const PLAN = 'skane-hosten-2021';
let project: string;

const fraction = (hex: string) => [1, 3, 5].map((i) => (parseInt(hex.slice(i, i + 2), 16) / 255).toFixed(3)).join(' ');
function fillColours(pdf: string): Set<string> {
  tool('qpdf', ['--qdf', '--object-streams=disable', pdf, `${pdf}.qdf`]);
  const text = readFileSync(`${pdf}.qdf`, 'latin1');
  return new Set([...text.matchAll(/(?:^|\s)([\d.]+) ([\d.]+) ([\d.]+) rg\b/g)].map((m) => [m[1], m[2], m[3]].map((v) => Number(v).toFixed(3)).join(' ')));
}

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-extends-'));
  mkdirSync(path.join(project, 'plans'));
  cpSync(path.join(ROOT, 'plans', `${PLAN}.yaml`), path.join(project, 'plans', `${PLAN}.yaml`));
  cpSync(TEMPLATE, path.join(project, 'district'), { recursive: true });
  const env = { PUPPETEER_EXECUTABLE_PATH: CHROMIUM };
  for (const [template, out] of [
    ['./district', 'out-district'],
    ['booklet', 'out-booklet'],
  ] as const) {
    const r = await runMain(project, ['build', '--format', 'pdf', '--template', template, '--out', out, '--quiet'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }
}, 120_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a template that extends the booklet', () => {
  const pdf = (out: string) => path.join(project, out, `${PLAN}.pdf`);

  it('prints its own cover partial', async () => {
    const cover = pageTexts(pdf('out-district'))[1]!;
    expect(cover).toContain('Kunskap är makt – bildning för alla');
    expect(pageTexts(pdf('out-booklet'))[1]).not.toContain('Kunskap är makt');
  });

  it('has every other page of the booklet: contents, sections, courses, back cover, page numbers', async () => {
    const mine = pageTexts(pdf('out-district')).slice(2);
    const booklet = pageTexts(pdf('out-booklet')).slice(2);
    expect(mine.length).toBeGreaterThan(5);
    expect(mine).toEqual(booklet);
  });

  it('paints with its --accent where the booklet paints its red', async () => {
    const colours = fillColours(pdf('out-district'));
    expect(colours.has(fraction('#1d4f91'))).toBe(true);
    expect(colours.has(fraction('#b3122e'))).toBe(false);
    expect(fillColours(pdf('out-booklet')).has(fraction('#b3122e'))).toBe(true);
  });
});
