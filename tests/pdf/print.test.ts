import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdfs, type PdfResult } from '../../src/pdf/index.js';
import { CHROMIUM, makeSite, PDF_META, pageTexts, tempDir, tool, toolStatus } from './helpers.js';
import { FALLBACK_PAGE } from '../../src/render/template-loader.js';

/** Headings of the fixture (id, text), in document order, after the cover and the contents page. */
const HEADINGS: [string, string][] = [
  ['overblick', 'Överblick'],
  ['syfte', 'Syfte och mål'],
  ['malgrupp', 'Målgrupp'],
  ['kurser', 'Kurser under året'],
  ['grundkurs', 'Grundkurs i föreningskunskap'],
  ['fordjupning', 'Fördjupning: Ärenden och beslut'],
  ['kalender', 'Kalender'],
  ['hosten', 'Hösten'],
  ['varen', 'Våren'],
  ['ekonomi', 'Ekonomi och äskanden'],
];

describe('printPdfs with the real Chromium', () => {
  let dir: string;
  let a4: string;
  let results: PdfResult[];
  const steps: string[] = [];

  beforeAll(async () => {
    dir = await tempDir();
    // The same page in two folders, as two builds into two output folders would have it.
    const first = await makeSite(path.join(dir, 'one'));
    const second = await makeSite(path.join(dir, 'two'));
    const job = (name: string, htmlFile: string, pageSize: 'A4' | 'A5' = 'A4') => ({ name, htmlFile, meta: PDF_META, pageSize, page: FALLBACK_PAGE, assetRoots: [path.dirname(htmlFile)] });
    results = await printPdfs([job('one', first), job('two', second), job('a5', first, 'A5')], {
      chrome: CHROMIUM,
      concurrency: 2,
      onProgress: (name, step) => steps.push(`${name}:${step}`),
    });
    for (const r of results) if (r.bytes) await writeFile(path.join(dir, `${r.name}.pdf`), r.bytes);
    a4 = path.join(dir, 'one.pdf');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('returns one result per job, in job order, all printed', () => {
    expect(results.map((r) => [r.name, r.ok, r.error])).toEqual([
      ['one', true, undefined],
      ['two', true, undefined],
      ['a5', true, undefined],
    ]);
    expect(steps).toContain('one:done');
  });

  it('gives byte-identical files for the same page, whatever folder it was built in', () => {
    const [one, two] = results;
    expect(one?.bytes?.length).toBeGreaterThan(10_000);
    expect(Buffer.compare(Buffer.from(one!.bytes!), Buffer.from(two!.bytes!))).toBe(0);
  });

  it('has the page size, metadata and tags pdfinfo expects', () => {
    const info = tool('pdfinfo', ['-isodates', a4]);
    expect(info).toMatch(/^Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/m);
    expect(info).toMatch(/^Title:\s+Studieplan för hösten i Skåne$/m);
    expect(info).toMatch(/^Author:\s+Studieförbundet Östra Skåne$/m);
    expect(info).toMatch(/^Subject:\s+Studieplan hösten 2021$/m);
    expect(info).toMatch(/^Keywords:\s+studieplan höstmöte$/m);
    expect(info).toMatch(/^Creator:\s+studyplan \d+\.\d+\.\d+/m);
    expect(info).toMatch(/^Producer:\s+studyplan \d+\.\d+\.\d+/m);
    expect(info).toMatch(/^CreationDate:\s+2021-09-14T12:00:00(Z|\+00)/m);
    expect(info).toMatch(/^ModDate:\s+2021-09-14T12:00:00(Z|\+00)/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThanOrEqual(6);
    expect(tool('pdfinfo', [path.join(dir, 'a5.pdf')])).toMatch(/^Page size:\s+[\d.]+ x [\d.]+ pts \(A5\)/m);
  });

  it('passes qpdf --check and keeps the outline, /Lang, MarkInfo, the structure tree and DisplayDocTitle', async () => {
    const check = toolStatus('qpdf', ['--check', a4]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const json = JSON.parse(tool('qpdf', ['--json=2', '--json-key=outlines', a4])) as { outlines: { title: string; kids: unknown[] }[] };
    const titles: string[] = [];
    const walk = (items: { title: string; kids: unknown[] }[]): void => items.forEach((o) => (titles.push(o.title), walk(o.kids as typeof items)));
    walk(json.outlines);
    expect(titles).toEqual(['Studieplan för hösten i Skåne', 'Innehåll', ...HEADINGS.map(([, t]) => t)]);
    const raw = tool('qpdf', ['--qdf', '--object-streams=disable', a4, '-']);
    expect(raw).toMatch(/\/Lang \(sv\)/);
    expect(raw).toMatch(/\/MarkInfo <<\s*\/Marked true/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toContain('<dc:creator><rdf:Seq><rdf:li>Studieförbundet Östra Skåne</rdf:li>');
    expect(raw).not.toMatch(/HeadlessChrome|Skia\/PDF/);
    expect(tool('pdfinfo', ['-struct', a4])).toMatch(/Document/);
  });

  it('embeds every font', () => {
    const rows = tool('pdffonts', [a4]).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/); // emb sub uni
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
  });

  it('keeps Swedish letters searchable, with a running header and page numbers after the cover', () => {
    const pages = pageTexts(a4);
    const all = pages.join('\n');
    expect(all).toContain('Åsa och Örjan håller i kvällarna i Älmhult');
    expect(all).not.toMatch(/[aoAO][\u0308\u030a¨˚]/); // no decomposed or spacing diaeresis/ring
    expect(pages[1]).toContain('Studieplan för hösten i Skåne'); // the cover's own title
    expect(pages[1]?.match(/Studieplan för hösten i Skåne/g)).toHaveLength(1); // ... but no running header
    expect(pages[1]).not.toMatch(/^\s*1\s*$/m); // nor a page number
    for (let n = 2; n < pages.length; n++) {
      const lines = pages[n]!.split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      expect(lines[0], `page ${n} header`).toBe('Studieplan för hösten i Skåne');
      expect(lines.at(-1), `page ${n} number`).toBe(String(n));
    }
  });

  it('numbers the contents page with the pages where the headings stand', () => {
    const pages = pageTexts(a4);
    const toc = tool('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '2', '-l', '2', a4, '-']);
    for (const [, title] of HEADINGS) {
      const listed = new RegExp(`^\\s*${title}\\s+(\\d+)\\s*$`, 'm').exec(toc);
      expect(listed, `${title} in the contents`).not.toBeNull();
      // Where the heading really stands: the first page after the contents with the title on a line of its own.
      const actual = pages.findIndex((text, n) => n > 2 && text.split('\n').some((l) => l.trim() === title));
      expect(Number(listed![1]), title).toBe(actual);
    }
    const numbers = HEADINGS.map(([, t]) => Number(new RegExp(`^\\s*${t}\\s+(\\d+)`, 'm').exec(toc)![1]));
    expect(new Set(numbers).size).toBeGreaterThan(3); // spread over several pages, not all on one
  });

  // verify-pdf.sh (tagged, outline, title, author, lang, xmp): tests/cli/verify-harness.test.ts (slow project).
});
