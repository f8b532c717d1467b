import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pdfLib } from '../../src/pdf/pdf-lib.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdfs, type PdfResult } from '../../src/pdf/index.js';
import { splicePages } from '../../src/pdf/contents-pages.js';
import { placeholderAt, writeContentsNumbers } from '../../src/pdf/contents-numbers.js';
import { PdfObjects } from '../../src/pdf/pdf-objects.js';
import { readOutline } from '../../src/pdf/outline-pages.js';
import { CHROMIUM, makeSite, PDF_META, pageTexts, tempDir, tool, toolStatus } from './helpers.js';
import { FALLBACK_PAGE } from '../../src/render/template-loader.js';

// The copy of pdf-lib the code under test uses (src/pdf/pdf-lib.ts): its classes are the ones it checks.
const { PDFArray, PDFDocument, PDFName } = pdfLib;

/**
 * One print per plan: the contents page's numbers are written into the first print in the
 * placeholders' place (contents-numbers.ts). Where that cannot be done (here: numbers spaced
 * out with letter-spacing), the contents pages of a print of the whole plan are put in place;
 * and a plan of 100 pages or more is printed again with wider room. Checked with poppler and qpdf on real Chromium PDFs: the
 * numbers are the pages where the headings stand, the file is still tagged, its links and
 * outline are there, and the same page gives the same bytes.
 */
const TITLES = [
  'Överblick',
  'Syfte och mål',
  'Målgrupp',
  'Kurser under året',
  'Grundkurs i föreningskunskap',
  'Fördjupning: Ärenden och beslut',
  'Kalender',
  'Hösten',
  'Våren',
  'Ekonomi och äskanden',
];

describe('the contents page numbered without printing the plan twice', () => {
  let dir: string;
  let results: PdfResult[];
  const steps: string[] = [];
  const file = (name: string): string => path.join(dir, `${name}.pdf`);

  beforeAll(async () => {
    dir = await tempDir();
    const html = await makeSite(path.join(dir, 'site'));
    // The first section goes on on the contents page: the contents do not stand alone there.
    const MIXED = '.toc { break-after: auto; } section { break-before: auto; }';
    const SPACED = '.toc-page { letter-spacing: 0.5pt; }';
    const site = (name: string, css: string) => makeSite(path.join(dir, name), 'booklet.html', { '</head>': `<style>${css}</style></head>` });
    const mixed = await site('mixed', MIXED);
    const spaced = await site('spaced', SPACED);
    const spacedMixed = await site('spaced-mixed', `${MIXED} ${SPACED}`);
    // The last section starts after some 100 pages of empty space: its number has three digits.
    const long = await makeSite(path.join(dir, 'long'), 'booklet.html', { '<section><h2 id="ekonomi">': '<div style="height: 2900cm"></div><section><h2 id="ekonomi">' });
    const job = (name: string, pageSize: 'A4' | 'A5', htmlFile = html) => ({ name, htmlFile, meta: PDF_META, pageSize, page: FALLBACK_PAGE, assetRoots: [path.dirname(htmlFile)] });
    const jobs = [job('a4', 'A4'), job('a4-again', 'A4'), job('a5', 'A5'), job('mixed', 'A4', mixed), job('spaced', 'A4', spaced), job('spaced-mixed', 'A4', spacedMixed), job('long', 'A4', long)];
    results = await printPdfs(jobs, {
      chrome: CHROMIUM,
      concurrency: 2,
      onProgress: (name, step) => steps.push(`${name}:${step}`),
    });
    for (const r of results) if (r.bytes) await writeFile(file(r.name), r.bytes);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints each plan once; only where the numbers cannot be written in is anything printed again', () => {
    expect(results.map((r) => r.ok)).toEqual(results.map(() => true));
    const printing = (name: string) => steps.filter((s) => s.startsWith(`${name}:printing`)).map((s) => s.slice(name.length + 1));
    const numbered = (name: string) => steps.includes(`${name}:numbering the contents`);
    for (const name of ['a4', 'a4-again', 'a5', 'mixed']) {
      expect(printing(name), name).toEqual(['printing']);
      expect(numbered(name), name).toBe(true);
    }
    // Spaced-out numbers: the contents pages of a print of the whole plan, put in place (their
    // own page, or shared with the text after them). Neither prints the plan twice.
    expect(printing('spaced')).toEqual(['printing', 'printing the contents pages']);
    expect(printing('spaced-mixed')).toEqual(['printing', 'printing the contents pages']);
    // A page number of three digits does not fit the room kept: the whole plan again, wider.
    expect(printing('long')).toEqual(['printing', 'printing (pass 2)']);
  });

  it.each(['a4', 'a5', 'mixed', 'spaced', 'spaced-mixed', 'long'])('%s: every contents number is the page where its heading stands (pdftotext per page)', (name) => {
    const at = 2; // the contents page
    const pages = pageTexts(file(name));
    const toc = tool('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(at), '-l', String(at), file(name), '-']);
    const numbers: number[] = [];
    for (const title of TITLES) {
      const listed = new RegExp(`^\\s*${title}\\s+(\\d+)\\s*$`, 'm').exec(toc);
      expect(listed, `${title} in the contents of ${name}`).not.toBeNull();
      // Where the heading stands: a line of its own, after the cover; on the contents page the
      // entry is such a line too, so a heading there is a second one.
      const lines = (text: string) => text.split('\n').filter((l) => l.trim() === title).length;
      const actual = pages.findIndex((text, n) => n >= at && lines(text) > (n === at ? 1 : 0));
      expect(actual, title).toBeGreaterThanOrEqual(at);
      expect(Number(listed![1]), title).toBe(actual);
      numbers.push(actual);
    }
    expect(new Set(numbers).size, 'spread over several pages').toBeGreaterThan(3);
    if (name === 'long') expect(numbers.at(-1)).toBeGreaterThanOrEqual(100);
    // The page's own number in its footer is still there, under the new content.
    expect(pages[at]!.trim().split('\n').at(-1)?.trim()).toBe(String(at));
  });

  it("keeps the file tagged, whole (qpdf --check), its outline and the contents page's links", async () => {
    for (const name of ['a4', 'a5', 'mixed', 'spaced', 'spaced-mixed', 'long']) {
      expect(tool('pdfinfo', [file(name)])).toMatch(/^Tagged:\s+yes$/m);
      expect(toolStatus('qpdf', ['--check', file(name)]).status, name).toBe(0);
      const bytes = await readFile(file(name));
      const outline = await readOutline(bytes);
      for (const title of TITLES)
        expect(
          outline.map((e) => e.title),
          name,
        ).toContain(title);
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(doc.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
      const annots = doc.getPages()[1]!.node.lookup(PDFName.of('Annots'), PDFArray);
      expect(annots.size(), `links on the contents page of ${name}`).toBeGreaterThanOrEqual(TITLES.length);
      // The contents page has fonts that draw its digits.
      expect(tool('pdftotext', ['-f', '2', '-l', '2', file(name), '-'])).toMatch(/\b\d\b/);
    }
  });

  it('gives the same bytes for the same page', async () => {
    expect(Buffer.compare(await readFile(file('a4')), await readFile(file('a4-again')))).toBe(0);
  });

  it('refuses, changing nothing, a page whose marked content is not the page it would replace', async () => {
    const a4 = new Uint8Array(await readFile(file('a4')));
    const target = PdfObjects.open(a4)!;
    expect(target).toBeDefined();
    // Page 1 of another print (the cover of the A5 file) in the place of page 2.
    const other = await PDFDocument.load(await readFile(file('a5')));
    const single = await PDFDocument.create();
    const [cover] = await single.copyPages(other, [0]);
    single.addPage(cover);
    expect(await splicePages(target, await single.save(), [2])).toBe(false);
    expect(target.nextNumber).toBe(PdfObjects.open(a4)!.nextNumber);
  });

  it('writes no number into a page without the placeholders, and changes nothing', async () => {
    const a4 = new Uint8Array(await readFile(file('a4')));
    const target = PdfObjects.open(a4)!;
    const numbers = TITLES.map((_, i) => ({ placeholder: placeholderAt(i), text: String(i + 3) }));
    expect(writeContentsNumbers(target, [2], numbers)).toBe(false);
    expect(Buffer.compare(Buffer.from(target.write([], () => target.trailer)), Buffer.from(a4))).toBe(0);
  });
});
