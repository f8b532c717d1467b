import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runMain } from '../helpers/cli.js';
import { VERIFY_DIR } from '../helpers/verify-harness.js';

/**
 * What studyplan writes, judged by the third-party harness (W3C Nu HTML Checker and axe, qpdf and
 * poppler, the SARIF 2.1.0 schema): the seeds' PDFs, a diff page, a SARIF report. In the slow
 * project, which needs the harness (tests/helpers/verify-harness.ts) and fails without it; these
 * checks used to be in the seeds, print, diff and lint tests, which skipped them when /tmp/verify
 * was absent (always in CI, which names its copy in STUDYPLAN_VERIFY_DIR).
 */
const SEEDS = ['norrbotten-2011-2014', 'skane-hosten-2021'];
let project: string;
const inProject = (...p: string[]) => path.join(project, ...p);
const harness = (script: string, args: string[]) => {
  const command = script.endsWith('.mjs') ? process.execPath : path.join(VERIFY_DIR!, script);
  const all = script.endsWith('.mjs') ? [path.join(VERIFY_DIR!, script), ...args] : args;
  const r = spawnSync(command, all, { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, summary: r.stdout.trim().split('\n').at(-1) ?? '', all: `${r.stdout}\n${r.stderr}` };
};

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-verify-harness-'));
  mkdirSync(inProject('plans'));
  for (const s of SEEDS) cpSync(path.join(ROOT, 'plans', `${s}.yaml`), inProject('plans', `${s}.yaml`));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the outputs pass the third-party verification harness', () => {
  test('the harness is there', () => {
    expect(VERIFY_DIR, 'set STUDYPLAN_VERIFY_DIR to a set-up copy of ../shared/verify (its setup.sh)').toBeDefined();
  });

  test('the seeds: both PDFs pass verify-pdf.sh (tagged, outline, title, author, lang, XMP, A4)', async () => {
    const r = await runMain(project, ['build', '--out', 'out', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    for (const s of SEEDS) {
      const v = harness('verify-pdf.sh', ['--require', 'tagged,outline,title,author,lang,xmp', '--page-size', 'A4', inProject('out', `${s}.pdf`)]);
      expect(v.status, v.all).toBe(0);
      expect(v.summary).toMatch(/^verify-pdf: PASS .* findings=0 /);
    }
  }, 120_000);

  test('the diff page (diff --format html) passes the Nu HTML Checker and axe (verify-html.sh)', async () => {
    const seed = readFileSync(inProject('plans', `${SEEDS[0]}.yaml`), 'utf8');
    writeFileSync(inProject('next.yaml'), seed.replace('  state: proposal', '  state: adopted').replace('        title: Politisk aftonskola\n', '        title: Politisk kvällsskola\n'));
    const r = await runMain(project, ['diff', `plans/${SEEDS[0]}.yaml`, 'next.yaml', '--format', 'html', '--output', 'forandringar.html']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(inProject('forandringar.html'), 'utf8')).toContain('Politisk kvällsskola');
    const v = harness('verify-html.sh', [inProject('forandringar.html')]);
    expect(v.summary, v.all).toMatch(/^verify-html: PASS /);
    expect(v.status).toBe(0);
  }, 120_000);

  test('a page whose every Markdown field is a list (tests/fixtures/words/listor.yaml) passes the Nu HTML Checker and axe', async () => {
    // Issue 27: the lists stand under their labels, outside the label's paragraph, in list items, table cells and contacts alike.
    mkdirSync(inProject('words'));
    cpSync(path.join(ROOT, 'tests/fixtures/words/listor.yaml'), inProject('words', 'listor.yaml'));
    const r = await runMain(project, ['build', 'words/listor.yaml', '--format', 'html', '--include-internal', '--out', 'words-out', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(inProject('words-out', 'listor.html'), 'utf8')).toContain('<li>grupparbete på eftermiddagen</li>');
    const v = harness('verify-html.sh', [inProject('words-out', 'listor.html')]);
    expect(v.summary, v.all).toMatch(/^verify-html: PASS /);
    expect(v.status).toBe(0);
  }, 120_000);

  test('lint --format sarif passes the SARIF 2.1.0 schema check of verify-sarif.mjs', async () => {
    const fixtures = path.join(ROOT, 'tests/fixtures/lint-cli');
    cpSync(fixtures, inProject('cases'), { recursive: true });
    const r = await runMain(project, ['lint', 'cases/error.yaml', 'cases/warning.yaml', '--format', 'sarif', '--output', 'report.sarif']);
    expect(r.code, r.stderr).toBe(1);
    const v = harness('verify-sarif.mjs', [inProject('report.sarif')]);
    expect(v.summary, v.all).toMatch(/verify-sarif: PASS .*schema_errors=0 version=2\.1\.0 runs=1 results=\d+ warnings=0/);
    expect(v.status).toBe(0);
  }, 60_000);
});
