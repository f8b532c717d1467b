import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fidelity, htmlText, ignoreSet } from '../helpers/fidelity.js';
import { CHROMIUM, pageTexts, tool, toolStatus } from './helpers.js';
import { TEST_LOCALE } from '../helpers/cli.js';

/**
 * The two seed plans, built through the real bin with the real Chromium, as `studyplan build`
 * prints them for the autumn meeting: checked with poppler, qpdf, the shared verify-pdf.sh and
 * the fidelity helper, built twice into two folders for byte-identical files.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/studyplan.js');
const SEEDS = ['norrbotten-2011-2014', 'skane-hosten-2021'] as const;
const TITLES: Record<(typeof SEEDS)[number], { title: string; author: string }> = {
  'norrbotten-2011-2014': { title: 'Utbildningsplan 2011-2014', author: 'Socialdemokraterna i Norrbotten' },
  'skane-hosten-2021': { title: 'Skånes partidistrikts Studieplan för hösten 2021', author: 'Socialdemokraterna i Skåne' },
};

let project: string;
let tmp: string;

function studyplan(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: project,
    encoding: 'utf8',
    // Chromium's profile goes to TMPDIR: a folder of this test's own, to see it left empty.
    env: { ...process.env, ...TEST_LOCALE, NO_COLOR: '1', TMPDIR: tmp, PUPPETEER_EXECUTABLE_PATH: CHROMIUM, ...env },
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const out = (dir: string, file: string): string => path.join(project, dir, file);

/**
 * The contents page (page 2) as (title, number) pairs, and the page each title really stands on:
 * the first page after the contents where the title is a line of its own, or the lines a long
 * heading wraps into (the running header, the first line of a page, is skipped).
 */
function contents(pdf: string): { title: string; listed: number; actual: number }[] {
  const pages = pageTexts(pdf);
  const toc = tool('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '2', '-l', '2', pdf, '-']);
  const entries: { title: string; listed: number; actual: number }[] = [];
  for (const line of toc.split('\n')) {
    const m = /^\s*(\S.*?\S)\s{2,}(\d+)\s*$/.exec(line);
    if (!m) continue;
    const title = m[1]!;
    const actual = pages.findIndex((text, n) => {
      if (n < 3) return false;
      const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(1);
      return lines.some((_, i) => {
        let joined = '';
        for (let j = i; j < lines.length && joined.length < title.length; j++) joined = joined ? `${joined} ${lines[j]}` : lines[j]!;
        return joined === title;
      });
    });
    entries.push({ title, listed: Number(m[2]), actual });
  }
  return entries;
}

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-seeds-'));
  tmp = path.join(project, 'tmp');
  mkdirSync(tmp);
  mkdirSync(path.join(project, 'plans'));
  for (const name of SEEDS) cpSync(path.join(ROOT, 'plans', `${name}.yaml`), path.join(project, 'plans', `${name}.yaml`));
  for (const dir of ['o1', 'o2']) {
    const r = studyplan(['build', 'plans/', '--out', dir, '--force']);
    if (r.code !== 0) throw new Error(`build into ${dir} failed (${r.code}): ${r.stderr}`);
  }
}, 300_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('studyplan build of the seed plans, HTML and PDF', () => {
  it("writes both PDFs and leaves no temporary files, in the out folder or the browser's", () => {
    for (const name of SEEDS)
      expect(
        readFileSync(out('o1', `${name}.pdf`))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    for (const dir of ['o1', 'o2']) expect(readdirSync(path.join(project, dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('gives byte-identical PDF and HTML in two folders', () => {
    for (const name of SEEDS) {
      for (const ext of ['pdf', 'html']) {
        const one = readFileSync(out('o1', `${name}.${ext}`));
        expect(one.equals(readFileSync(out('o2', `${name}.${ext}`))), `${name}.${ext}`).toBe(true);
      }
    }
    expect(readFileSync(out('o1', 'index.html')).equals(readFileSync(out('o2', 'index.html')))).toBe(true);
  });

  it.each(SEEDS)('%s: A4, title, author = the organisation, tagged, /Lang, outline, fonts embedded, qpdf --check', (name) => {
    const pdf = out('o1', `${name}.pdf`);
    const info = tool('pdfinfo', [pdf]);
    expect(info).toMatch(/^Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/m);
    expect(info).toContain(`Title:           ${TITLES[name].title}\n`);
    expect(info).toContain(`Author:          ${TITLES[name].author}\n`);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const check = toolStatus('qpdf', ['--check', pdf]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const raw = tool('qpdf', ['--qdf', '--object-streams=disable', pdf, '-']);
    expect(raw).toMatch(/\/Lang \(sv\)/);
    const fonts = tool('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts) expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
  });

  it.each(SEEDS)('%s: the bookmarks are the headings, with their own text', (name) => {
    const pdf = out('o1', `${name}.pdf`);
    const json = JSON.parse(tool('qpdf', ['--json=2', '--json-key=outlines', pdf])) as { outlines: { title: string; kids: unknown[] }[] };
    const titles: string[] = [];
    const walk = (items: { title: string; kids: unknown[] }[]): void => items.forEach((o) => (titles.push(o.title), walk(o.kids as typeof items)));
    walk(json.outlines);
    expect(titles[0]).toBe(TITLES[name].title);
    expect(titles[1]).toBe('Innehåll');
    // Every h1–h6 of the page, as its text reads: not run together at line wraps, not doubled.
    const html = readFileSync(out('o1', `${name}.html`), 'utf8');
    const headings = [...html.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) => htmlText(m[1]!).replace(/\s+/g, ' ').replace(/ ,/g, ',').trim());
    expect(titles).toEqual(headings);
  });

  it.each(SEEDS)('%s: the contents page numbers are the pages where the headings stand', (name) => {
    const entries = contents(out('o1', `${name}.pdf`));
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) expect(e.listed, e.title).toBe(e.actual);
    expect(new Set(entries.map((e) => e.listed)).size).toBeGreaterThan(2);
  });

  it.each(SEEDS)("%s: keeps at least 98 percent of the source document's sentences (fidelity helper)", (name) => {
    const source = readFileSync(path.join(ROOT, 'tests/fixtures/seeds', `${name}.txt`), 'utf8');
    const ignoreFile = path.join(ROOT, 'tests/fixtures/seeds', `${name}.ignore`);
    const ignore = ignoreSet(existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8') : undefined);
    const text = tool('pdftotext', ['-enc', 'UTF-8', out('o1', `${name}.pdf`), '-']);
    const r = fidelity(source, text, ignore);
    expect(r.wanted.length).toBeGreaterThan(50);
    expect(r.percent, r.missing.join('\n')).toBeGreaterThanOrEqual(98);
  });

  // verify-pdf.sh on both seeds' PDFs: tests/cli/verify-harness.test.ts (slow project).
});

/** Processes whose command line names `text` (Linux: /proc). */
function processesNaming(text: string): number[] {
  if (!existsSync('/proc/self/cmdline')) return [];
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('Ctrl-C during a build', () => {
  it('while the browser prints: exit 130, the browser gone, no temporary files, no half PDF', async () => {
    const dir = path.join(project, 'o5');
    const child = spawn(process.execPath, [BIN, 'build', 'plans/', '--out', 'o5', '--force'], {
      cwd: project,
      env: { ...process.env, ...TEST_LOCALE, NO_COLOR: '1', TMPDIR: tmp, PUPPETEER_EXECUTABLE_PATH: CHROMIUM },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.resume();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until Chromium has its profile (it is starting or printing), then press Ctrl-C.
    const started = (): boolean => readdirSync(tmp).some((d) => existsSync(path.join(tmp, d, 'p')));
    for (let i = 0; i < 600 && !started() && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 25));
    expect(started(), 'the browser started').toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('studyplan: stopped (SIGINT)');
    expect(readdirSync(tmp)).toEqual([]);
    expect(processesNaming(tmp)).toEqual([]);
    // A first build starts the browser before it makes OUT: stopped that early, there is no OUT yet.
    const left = existsSync(dir) ? readdirSync(dir) : [];
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const f of left.filter((f) => f.endsWith('.pdf'))) expect(toolStatus('qpdf', ['--check', path.join(dir, f)]).status, f).toBe(0);
  });
});

describe('studyplan build without a browser', () => {
  it('PUPPETEER_EXECUTABLE_PATH=/nonexistent: exit 2, the message and a hint, no stack trace, no PDF', () => {
    const r = studyplan(['build', 'plans/', '--out', 'o3'], { PUPPETEER_EXECUTABLE_PATH: '/nonexistent', LANG: 'en_US.UTF-8' });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('studyplan: The browser given by PUPPETEER_EXECUTABLE_PATH does not exist or cannot be run: /nonexistent');
    expect(lines.length).toBeLessThanOrEqual(2); // the message, and at most one line of hint
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(readdirSync(path.join(project, 'o3')).filter((f) => f.endsWith('.pdf') || f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('--format html still builds then: exit 0', () => {
    const r = studyplan(['build', 'plans/', '--out', 'o4', '--format', 'html'], { PUPPETEER_EXECUTABLE_PATH: '/nonexistent' });
    expect(r.stderr).not.toMatch(/ {2}error {2}/);
    expect(r.code).toBe(0);
    for (const name of SEEDS) expect(existsSync(out('o4', `${name}.html`))).toBe(true);
    expect(readdirSync(path.join(project, 'o4')).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });
});
