import { writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PDFDict } from 'pdf-lib';
import { pdfLib } from '../../src/pdf/pdf-lib.js';
import { launch } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finalizePdf } from '../../src/pdf/finalize-pdf.js';
import { PdfObjects } from '../../src/pdf/pdf-objects.js';
import { CHROMIUM, makeSite, PDF_META, tempDir, tool } from './helpers.js';

// The copy of pdf-lib the code under test uses (src/pdf/pdf-lib.ts): its classes are the ones it checks.
const { PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, decodePDFRawStream } = pdfLib;

/**
 * finalize-pdf.ts has two writers: object by object (Chromium's own files) and pdf-lib's whole
 * document (any other file). Both must write the same metadata: checked on a real Chromium PDF
 * finished both ways, read back with pdf-lib and with poppler.
 */
describe('finalizePdf: the object-by-object writer and the whole-document writer agree', () => {
  let dir: string;
  let raw: Uint8Array;
  let objects: Uint8Array;
  let whole: Uint8Array;

  beforeAll(async () => {
    dir = await tempDir();
    const html = await makeSite(path.join(dir, 'site'));
    const browser = await launch({ executablePath: CHROMIUM, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
      raw = await page.pdf({ format: 'A4', printBackground: true, outline: true, tagged: true });
    } finally {
      await browser.close();
    }
    expect(PdfObjects.open(raw), 'a file the object-by-object writer takes').toBeDefined();
    objects = await finalizePdf(raw, PDF_META);
    whole = await finalizePdf(await PDFDocument.load(raw, { updateMetadata: false }), PDF_META);
    await writeFile(path.join(dir, 'objects.pdf'), objects);
    await writeFile(path.join(dir, 'whole.pdf'), whole);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function metadata(bytes: Uint8Array) {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const infoRef = doc.context.trailerInfo.Info;
    const info = doc.context.lookup(infoRef) as PDFDict;
    const entries = Object.fromEntries(info.entries().map(([k, v]) => [k.asString(), v instanceof PDFHexString || v instanceof PDFString ? v.decodeText() : v.toString()]));
    const catalog = doc.catalog;
    const prefs = doc.context.lookup(catalog.get(PDFName.of('ViewerPreferences'))) as PDFDict | undefined;
    const xmp = doc.context.lookup(catalog.get(PDFName.of('Metadata')));
    const lang = doc.context.lookup(catalog.get(PDFName.of('Lang')));
    return {
      info: entries,
      lang: lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : String(lang),
      displayDocTitle: prefs?.get(PDFName.of('DisplayDocTitle'))?.toString(),
      xmp: xmp instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(xmp).decode()).toString('utf8') : Buffer.from((xmp as unknown as { getContents(): Uint8Array }).getContents()).toString('utf8'),
      ids: (doc.context.trailerInfo.ID as { toString(): string } | undefined)?.toString().match(/<([0-9A-F]{32})>/g)?.length,
      pages: doc.getPageCount(),
      structTree: catalog.has(PDFName.of('StructTreeRoot')),
      outline: catalog.has(PDFName.of('Outlines')),
    };
  }

  it('the same Info, /Lang, DisplayDocTitle, XMP packet, id form, pages, tags and outline', async () => {
    const a = await metadata(objects);
    const b = await metadata(whole);
    expect(a).toEqual(b);
    expect(a.info['/Title']).toBe(PDF_META.title);
    expect(a.info['/Author']).toBe(PDF_META.author);
    expect(a.info['/Keywords']).toBe(PDF_META.keywords.join(' '));
    expect(a.lang).toBe('sv');
    expect(a.displayDocTitle).toBe('true');
    expect(a.xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${PDF_META.title}</rdf:li></rdf:Alt></dc:title>`);
    expect(a.ids).toBe(2);
  });

  it('poppler reads the same document information from both', () => {
    const info = (f: string) =>
      tool('pdfinfo', ['-isodates', path.join(dir, f)])
        .split('\n')
        .filter((l) => !/^(File size|Optimized|PDF version):/.test(l))
        .join('\n');
    expect(info('objects.pdf')).toBe(info('whole.pdf'));
    expect(info('objects.pdf')).toMatch(/^Tagged:\s+yes$/m);
    expect(tool('pdfinfo', ['-meta', path.join(dir, 'objects.pdf')])).toBe(tool('pdfinfo', ['-meta', path.join(dir, 'whole.pdf')]));
  });
});
