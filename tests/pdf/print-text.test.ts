import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.js';
import { CHROMIUM, tool } from './helpers.js';
import { lineEndsInside } from './line-ends.js';

/** The two seeds and the brand fixture, A4 and the A5 print of the booklet, read back with pdftotext -layout. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let project: string;
const env = { PUPPETEER_EXECUTABLE_PATH: CHROMIUM };

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-print-text-'));
  cpSync(path.join(ROOT, 'tests/fixtures/brand'), project, { recursive: true });
  for (const seed of ['norrbotten-2011-2014', 'skane-hosten-2021']) cpSync(path.join(ROOT, 'plans', `${seed}.yaml`), path.join(project, 'seeds', `${seed}.yaml`));
  for (const [plans, out] of [
    ['plans', 'out'],
    ['seeds', 'out-seeds'],
  ] as const) {
    const r = await runMain(project, ['build', plans, '--format', 'pdf', '--out', out, '--quiet'], env);
    expect(r.code).toBe(0);
  }
  // The A5 pages the folded booklet is imposed from: the booklet itself with A5 as its page size.
  mkdirSync(path.join(project, 'a5'));
  writeFileSync(path.join(project, 'a5', 'template.json'), JSON.stringify({ name: 'a5', extends: 'booklet', pageSize: 'A5' }));
  // One build each: the brand plan has the Skåne seed's name, and two plans may not write one file.
  for (const [plans, out] of [
    ['seeds', 'out-a5'],
    ['plans', 'out-a5-brand'],
  ] as const) {
    const r = await runMain(project, ['build', plans, '--format', 'pdf', '--out', out, '--template', './a5', '--quiet'], env);
    expect(r.code).toBe(0);
  }
}, 180_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The plan's strings that print as text: not ids, addresses, internal notes or one-word values of a list (`kind: proposal`). */
function proseOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /^(id|url|email|website|src|internalNotes)$/.test(key) || /^[a-z-]+$/.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => proseOf(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => proseOf(v, k));
  return [];
}

const layout = (pdf: string) => tool('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']).replace(/\u00ad(?!\n)/g, '');

describe('printed text', () => {
  it.each([
    ['out', 'skane-hosten-2021'],
    ['out-seeds', 'skane-hosten-2021'],
    ['out-seeds', 'norrbotten-2011-2014'],
    ['out-a5', 'skane-hosten-2021'],
    ['out-a5', 'norrbotten-2011-2014'],
    ['out-a5-brand', 'skane-hosten-2021'],
  ])('%s/%s.pdf: no line ends inside a phone number, a date or a time range', async (out, name) => {
    expect(lineEndsInside(layout(path.join(project, out, `${name}.pdf`)))).toEqual([]);
  });

  // Issue 29: the hyphenation's break points a line did not use are not in the text layer, so a
  // reader's search, a copy and a screen reader find each word whole.
  it.each([
    ['out-seeds', 'skane-hosten-2021'],
    ['out-seeds', 'norrbotten-2011-2014'],
    ['out-a5', 'skane-hosten-2021'],
    ['out-a5', 'norrbotten-2011-2014'],
  ])('%s/%s.pdf: no soft hyphen in the text layer, and every long word of the plan found whole', (out, name) => {
    const text = tool('pdftotext', ['-enc', 'UTF-8', path.join(project, out, `${name}.pdf`), '-']);
    expect(text.match(/.*\u00ad.*/g) ?? []).toEqual([]);
    const words = new Set(proseOf(load(readFileSync(path.join(ROOT, 'plans', `${name}.yaml`), 'utf8'))).flatMap((t) => t.match(/(?<!\p{L})\p{Ll}{7,}(?!\p{L})/gu) ?? []));
    expect(words.size).toBeGreaterThan(100);
    expect([...words].filter((w) => !text.includes(w))).toEqual([]);
  });

  it('hyphenates Swedish words at line ends (Chromium alone has no Swedish patterns)', async () => {
    const plan = readFileSync(path.join(ROOT, 'plans', 'skane-hosten-2021.yaml'), 'utf8').replace(/\s+/g, ' ');
    const lines = layout(path.join(project, 'out-a5', 'skane-hosten-2021.pdf'))
      .split('\n')
      .map((l) => l.trim());
    const broken: string[] = [];
    lines.forEach((line, i) => {
      const head = /(\p{Ll}+)[-\u00ad]$/u.exec(line)?.[1];
      const tail = /^(\p{Ll}+)/u.exec(lines[i + 1] ?? '')?.[1];
      // A word the plan writes whole, split where the patterns allow.
      if (head && tail && new RegExp(`\\b${head}${tail}`, 'u').test(plan) && !plan.includes(`${head}-${tail}`)) broken.push(`${head}-${tail}`);
    });
    expect(broken.length).toBeGreaterThanOrEqual(10);
    expect(broken).toContain('medlem-mar');
  });

  it('prints the registration address in full, shortened, where the screen has its button "Anmäl dig här"', async () => {
    const text = layout(path.join(project, 'out', 'skane-hosten-2021.pdf')).replace(/\/\n\s*/g, '/');
    expect(text).toMatch(/Anmälan +Anmäl senast [^\n]*\n(?:.*\n)*? *example\.se\/skane\/anmalan\/medlemsutbildning-del-2\n/);
    expect(text).not.toContain('Anmäl dig här');
  });
});
