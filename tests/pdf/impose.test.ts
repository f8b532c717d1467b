import { existsSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfLib } from '../../src/pdf/pdf-lib.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/pipeline/build.js';
import { imposeBooklet, saddleStitchOrder } from '../../src/pdf/impose.js';
import { printPdfs } from '../../src/pdf/index.js';
import { loadProject } from '../../src/project/config.js';
import { CHROMIUM, PDF_META, pageTexts, tempDir, tool } from './helpers.js';
import { FALLBACK_PAGE } from '../../src/render/template-loader.js';

// The copy of pdf-lib the code under test uses (src/pdf/pdf-lib.ts): its classes are the ones it checks.
const { PDFDocument, PDFName, PageSizes, StandardFonts } = pdfLib;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The text of one half of one sheet (1-based), cropped at 72 dpi so pixels are points. */
function halfText(pdf: string, sheet: number, side: 'left' | 'right'): string {
  const x = side === 'left' ? 0 : 421;
  return tool('pdftotext', ['-enc', 'UTF-8', '-r', '72', '-f', String(sheet), '-l', String(sheet), '-x', String(x), '-y', '0', '-W', '421', '-H', '596', pdf, '-']);
}

/** Words only: the same text extracted from a page and from its imposed copy may break lines differently. */
const words = (s: string): string =>
  s
    .replace(/\f|\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A PDF of N A5 pages, each saying only "SIDA-k" (zero-padded, so SIDA-1 is not a prefix of SIDA-10). */
async function numberedPdf(n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let k = 1; k <= n; k++) doc.addPage(PageSizes.A5).drawText(`SIDA-${String(k).padStart(2, '0')}`, { x: 150, y: 300, size: 20, font });
  doc.setTitle('Numrerade sidor');
  doc.setAuthor('Testdistriktet');
  doc.setLanguage('sv');
  doc.setCreationDate(new Date('2021-10-23T00:00:00Z'));
  doc.setModificationDate(new Date('2021-10-23T00:00:00Z'));
  return doc.save();
}

describe('saddleStitchOrder', () => {
  it('pads to a multiple of four with blanks and places every page once, for 1..13 pages', () => {
    for (let n = 1; n <= 13; n++) {
      const sides = saddleStitchOrder(n);
      const padded = Math.ceil(n / 4) * 4;
      expect(sides.length, `n=${n}`).toBe(padded / 2);
      const placed = sides.flatMap((s) => [s.left, s.right]);
      expect(placed.filter((p) => p === null).length, `blanks for n=${n}`).toBe(padded - n);
      expect(placed.filter((p): p is number => p !== null).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      // Facing pages across the fold add up to padded + 1, with a blank standing for its number.
      sides.forEach((s, i) => {
        const k = Math.floor(i / 2);
        const front = i % 2 === 0;
        const left = front ? padded - 2 * k : 2 * k + 2;
        const right = front ? 2 * k + 1 : padded - 2 * k - 1;
        expect(left + right).toBe(padded + 1);
        expect(s, `n=${n} side ${i + 1}`).toEqual({ left: left <= n ? left : null, right: right <= n ? right : null });
      });
    }
  });

  it('matches the sheets written out by hand', () => {
    expect(saddleStitchOrder(1)).toEqual([
      { left: null, right: 1 },
      { left: null, right: null },
    ]);
    expect(saddleStitchOrder(4)).toEqual([
      { left: 4, right: 1 },
      { left: 2, right: 3 },
    ]);
    expect(saddleStitchOrder(6)).toEqual([
      { left: null, right: 1 },
      { left: 2, right: null },
      { left: 6, right: 3 },
      { left: 4, right: 5 },
    ]);
    expect(saddleStitchOrder(8)).toEqual([
      { left: 8, right: 1 },
      { left: 2, right: 7 },
      { left: 6, right: 3 },
      { left: 4, right: 5 },
    ]);
    expect(saddleStitchOrder(13).slice(0, 2)).toEqual([
      { left: null, right: 1 },
      { left: 2, right: null },
    ]);
    expect(saddleStitchOrder(13).slice(-2)).toEqual([
      { left: 10, right: 7 },
      { left: 8, right: 9 },
    ]);
  });

  it('has no sheets for no pages', () => {
    expect(saddleStitchOrder(0)).toEqual([]);
  });
});

describe('imposeBooklet, read back with poppler', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('studyplan-impose-');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([1, 2, 4, 5, 8, 11, 13])('%i pages: A4 landscape sheets, ceil(n/4)*2 sides, each half the right page', async (n) => {
    const file = path.join(dir, `n${n}.pdf`);
    await writeFile(file, await imposeBooklet(await numberedPdf(n)));
    const info = tool('pdfinfo', [file]);
    expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts \(A4\)/m);
    expect(info).toMatch(new RegExp(`^Pages:\\s+${Math.ceil(n / 4) * 2}$`, 'm'));
    saddleStitchOrder(n).forEach((side, i) => {
      for (const half of ['left', 'right'] as const) {
        const page = side[half];
        expect(words(halfText(file, i + 1, half)), `n=${n} sheet side ${i + 1} ${half}`).toBe(page === null ? '' : `SIDA-${String(page).padStart(2, '0')}`);
      }
    });
  });

  it('is reproducible and keeps the metadata; asks for duplex flipped on the short edge', async () => {
    const input = await numberedPdf(6);
    const a = await imposeBooklet(input);
    const b = await imposeBooklet(input);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const doc = await PDFDocument.load(a, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Numrerade sidor');
    expect(doc.getAuthor()).toBe('Testdistriktet');
    expect(doc.getCreationDate()?.toISOString()).toBe('2021-10-23T00:00:00.000Z');
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toContain('sv');
    expect(doc.catalog.getViewerPreferences()?.getDuplex()).toBe('DuplexFlipShortEdge');
  });

  it('refuses a PDF that is not one', async () => {
    await expect(imposeBooklet(new TextEncoder().encode('not a pdf'))).rejects.toThrow();
  });
});

describe('the Skåne plan printed on A5 by Chromium and imposed', () => {
  let dir: string;
  let a5File: string;
  let bookletFile: string;
  let a5Pages: string[];

  beforeAll(async () => {
    dir = await tempDir('studyplan-booklet-');
    await cp(path.join(ROOT, 'plans/skane-hosten-2021.yaml'), path.join(dir, 'plans/skane-hosten-2021.yaml'));
    await build(['plans'], { cwd: dir, formats: ['html'], env: {} });
    const [printed] = await printPdfs(
      [{ name: 'skane', htmlFile: path.join(dir, 'out/skane-hosten-2021.html'), meta: PDF_META, pageSize: 'A5', page: FALLBACK_PAGE, assetRoots: [path.join(dir, 'out')] }],
      { chrome: CHROMIUM },
    );
    expect(printed?.ok, JSON.stringify(printed?.error)).toBe(true);
    a5File = path.join(dir, 'a5.pdf');
    bookletFile = path.join(dir, 'booklet.pdf');
    await writeFile(a5File, printed!.bytes!);
    await writeFile(bookletFile, await imposeBooklet(printed!.bytes!));
    a5Pages = pageTexts(a5File);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints A5 pages, and sheets of A4 landscape, ceil(n/4)*2 of them', () => {
    const n = a5Pages.length - 1;
    expect(tool('pdfinfo', [a5File])).toMatch(/^Page size:\s+[\d.]+ x [\d.]+ pts \(A5\)/m);
    expect(n).toBeGreaterThan(8);
    const info = tool('pdfinfo', [bookletFile]);
    expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts \(A4\)/m);
    expect(info).toMatch(new RegExp(`^Pages:\\s+${Math.ceil(n / 4) * 2}$`, 'm'));
    expect(info).toMatch(/^Title:\s+Studieplan för hösten i Skåne$/m);
  });

  it('each half of each sheet carries the text of the A5 page the order says', () => {
    const n = a5Pages.length - 1;
    saddleStitchOrder(n).forEach((side, i) => {
      for (const half of ['left', 'right'] as const) {
        const page = side[half];
        expect(words(halfText(bookletFile, i + 1, half)), `sheet side ${i + 1} ${half}`).toBe(page === null ? '' : words(a5Pages[page] ?? ''));
      }
    });
    // Sheet 1 front, right: the cover.
    expect(halfText(bookletFile, 1, 'right').replace(/\s+/g, ' ')).toContain('Studieplan för hösten');
  });
});

describe('studyplan build with booklet: true', () => {
  let dir: string;
  let first: BuildResult;
  const out = (f: string) => path.join(dir, 'out', f);

  beforeAll(async () => {
    dir = await tempDir('studyplan-booklet-build-');
    await cp(path.join(ROOT, 'plans/norrbotten-2011-2014.yaml'), path.join(dir, 'plans/norrbotten-2011-2014.yaml'));
    await cp(path.join(ROOT, 'plans/skane-hosten-2021.yaml'), path.join(dir, 'plans/skane-hosten-2021.yaml'));
    first = await build(['plans'], { cwd: dir, booklet: true, chrome: CHROMIUM, env: {} });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the A4 PDF and the booklet of every plan', () => {
    for (const p of first.plans) {
      expect(p.error).toBeUndefined();
      expect(p.outputs.map((o) => path.basename(o)).sort()).toEqual([`${p.name}.booklet.pdf`, `${p.name}.html`, `${p.name}.pdf`]);
      expect(tool('pdfinfo', [out(`${p.name}.pdf`)])).toMatch(/\(A4\)/);
      expect(tool('pdfinfo', [out(`${p.name}.booklet.pdf`)])).toMatch(/^Page size:\s+841\.89 x 595\.28 pts \(A4\)/m);
    }
    expect(existsSync(path.join(dir, 'out/skane-hosten-2021.booklet.pdf.tmp'))).toBe(false);
  });

  it('links the booklet from the index', async () => {
    const index = await readFile(out('index.html'), 'utf8');
    expect(index).toContain('<a href="skane-hosten-2021.booklet.pdf">Häfte för utskrift (A5)');
  });

  it("the draft mark of a proposal is on the booklet's cover", () => {
    // Norrbotten is a proposal: its cover (sheet 1, right half) carries FÖRSLAG.
    expect(halfText(out('norrbotten-2011-2014.booklet.pdf'), 1, 'right')).toContain('FÖRSLAG');
  });

  it('takes part in the incremental cache: nothing changed, nothing printed; the same bytes when forced', async () => {
    const before = await readFile(out('skane-hosten-2021.booklet.pdf'));
    const again = await build(['plans'], { cwd: dir, booklet: true, chrome: CHROMIUM, env: {} });
    expect(again.plans.every((p) => p.unchanged)).toBe(true);
    const forced = await build(['plans/skane-hosten-2021.yaml'], { cwd: dir, booklet: true, chrome: CHROMIUM, env: {}, force: true });
    expect(forced.plans[0]?.outputs.map((o) => path.basename(o))).toContain('skane-hosten-2021.booklet.pdf');
    expect((await readFile(out('skane-hosten-2021.booklet.pdf'))).equals(before)).toBe(true);
  });

  it('a build that did not ask for the booklet before prints it when asked', async () => {
    await rm(out('skane-hosten-2021.booklet.pdf'));
    const r = await build(['plans'], { cwd: dir, booklet: true, chrome: CHROMIUM, env: {} });
    expect(r.plans.find((p) => p.name === 'skane-hosten-2021')?.unchanged).toBeUndefined();
    expect(existsSync(out('skane-hosten-2021.booklet.pdf'))).toBe(true);
  });

  it('is removed when its plan is deleted', async () => {
    await rm(path.join(dir, 'plans/norrbotten-2011-2014.yaml'));
    const r = await build(['plans'], { cwd: dir, formats: ['html'], env: {} });
    expect(r.removed).toEqual(['norrbotten-2011-2014']);
    expect(existsSync(out('norrbotten-2011-2014.booklet.pdf'))).toBe(false);
    expect(existsSync(out('norrbotten-2011-2014.pdf'))).toBe(false);
    expect(existsSync(out('skane-hosten-2021.booklet.pdf'))).toBe(true);
  });
});

describe('booklet in studyplan.config.yaml', () => {
  it('booklet: true is read; anything but true or false is refused with the key named', async () => {
    const dir = await tempDir('studyplan-booklet-config-');
    try {
      await writeFile(path.join(dir, 'studyplan.config.yaml'), 'booklet: true\n');
      expect((await loadProject(dir)).settings.booklet).toBe(true);
      await writeFile(path.join(dir, 'studyplan.config.yaml'), 'booklet: ja\n');
      await expect(loadProject(dir)).rejects.toThrow(/studyplan\.config\.yaml:1:10: .*booklet.*boolean|studyplan\.config\.yaml:1:10: .*booklet/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('saddleStitchOrder with a back cover', () => {
  it('keeps the last page last: the blanks go before it', () => {
    expect(saddleStitchOrder(6, { backCover: true })).toEqual([
      { left: 6, right: 1 },
      { left: 2, right: null },
      { left: null, right: 3 },
      { left: 4, right: 5 },
    ]);
    // A multiple of four needs no blanks: the same order as without.
    expect(saddleStitchOrder(8, { backCover: true })).toEqual(saddleStitchOrder(8));
    const sides = saddleStitchOrder(13, { backCover: true });
    const placed = sides
      .flatMap((s) => [s.left, s.right])
      .filter((n) => n !== null)
      .sort((a, b) => a! - b!);
    expect(placed).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(sides[0]!.left).toBe(13);
  });
});
