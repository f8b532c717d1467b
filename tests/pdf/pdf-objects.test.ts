import { pdfLib } from '../../src/pdf/pdf-lib.js';
import { describe, expect, it } from 'vitest';
import { finalizePdf } from '../../src/pdf/finalize-pdf.js';
import { openPdf, readOutline, retitleOutline } from '../../src/pdf/outline-pages.js';
import { PdfObjects } from '../../src/pdf/pdf-objects.js';
import { PDF_META } from './helpers.js';

// The copy of pdf-lib the code under test uses (src/pdf/pdf-lib.ts): its classes are the ones it checks.
const { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts } = pdfLib;

/** Three pages and a two-level outline pointing at pages 1, 3 and 2, laid out as Chromium writes it. */
async function outlinedPdf(objectStreams = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = [1, 2, 3].map((n) => {
    const page = doc.addPage([595, 842]);
    page.drawText(`Sida ${n}`, { x: 50, y: 780, font, size: 12 });
    return page;
  });
  const { context } = doc;
  const root = context.nextRef();
  const [a, b, c] = [context.nextRef(), context.nextRef(), context.nextRef()];
  const dest = (i: number) => context.obj([pages[i]!.ref, 'XYZ', 0, 800, 0]);
  context.assign(a, context.obj({ Title: PDFHexString.fromText('Överblick'), Dest: dest(0), Parent: root, Next: b, First: c, Last: c, Count: 1 }));
  context.assign(c, context.obj({ Title: PDFString.of('Syfte och malCopy'), Dest: dest(2), Parent: a }));
  context.assign(b, context.obj({ Title: PDFHexString.fromText('Kalender'), Dest: dest(1), Parent: root, Prev: a }));
  context.assign(root, context.obj({ Type: 'Outlines', First: a, Last: b, Count: 3 }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.setProducer('Skia/PDF m156');
  doc.setCreationDate(new Date());
  const id = PDFHexString.fromText('random');
  context.trailerInfo.ID = context.obj([id, id]);
  return doc.save({ useObjectStreams: objectStreams });
}

const EXPECTED = [
  { title: 'Överblick', page: 1, depth: 0 },
  { title: 'Syfte och malCopy', page: 3, depth: 1 },
  { title: 'Kalender', page: 2, depth: 0 },
];

describe('reading a PDF object by object', () => {
  it('reads the outline with its pages without parsing the file whole, as pdf-lib does parsing it whole', async () => {
    const bytes = await outlinedPdf();
    const opened = await openPdf(bytes);
    expect(opened.pdf).toBeInstanceOf(PdfObjects);
    const strip = (entries: { title: string; page: number; depth: number }[]) => entries.map(({ title, page, depth }) => ({ title, page, depth }));
    expect(strip(opened.outline)).toEqual(EXPECTED);
    expect(strip(await readOutline(await PDFDocument.load(bytes, { updateMetadata: false })))).toEqual(EXPECTED);
  });

  it('falls back to pdf-lib for a file it does not take: an xref stream, a damaged table', async () => {
    const streams = await outlinedPdf(true);
    expect(PdfObjects.open(streams)).toBeUndefined();
    const fromStreams = await openPdf(streams);
    expect(fromStreams.pdf).toBeInstanceOf(PDFDocument);
    expect(fromStreams.outline.map((e) => e.page)).toEqual([1, 3, 2]);

    // Every offset in the table one byte off: the objects are not where it says.
    const text = Buffer.from(await outlinedPdf()).toString('latin1');
    const xref = text.lastIndexOf('\nxref\n');
    const shifted = text.slice(0, xref) + text.slice(xref).replace(/^(\d{10}) 00000 n/gm, (_, n: string) => `${String(Number(n) + 1).padStart(10, '0')} 00000 n`);
    const damaged = await openPdf(Buffer.from(shifted, 'latin1'));
    expect(damaged.pdf).toBeInstanceOf(PDFDocument);
    expect(damaged.outline.map((e) => e.page)).toEqual([1, 3, 2]);
  });

  it('finishes the file: new outline titles and metadata, every other object copied as it was, a valid table', async () => {
    const bytes = await outlinedPdf();
    const { pdf, outline } = await openPdf(bytes);
    retitleOutline(outline, ['Överblick', 'Syfte och mål', undefined]);
    const out = await finalizePdf(pdf, PDF_META);
    const doc = await PDFDocument.load(out, { updateMetadata: false });
    expect(doc.getTitle()).toBe(PDF_META.title);
    expect(doc.getProducer()).toMatch(/^studyplan /);
    expect(doc.getCreationDate()?.toISOString()).toBe('2021-09-14T12:00:00.000Z');
    expect((await readOutline(doc)).map((e) => [e.title, e.page])).toEqual([
      ['Överblick', 1],
      ['Syfte och mål', 3],
      ['Kalender', 2],
    ]);
    // The page content streams are copied byte for byte.
    const original = Buffer.from(bytes).toString('latin1');
    const written = Buffer.from(out).toString('latin1');
    for (const m of original.matchAll(/\d+ 0 obj\n<<\n\/Length \d+\n\/Filter \/FlateDecode\n>>\nstream\n[\s\S]*?endstream/g)) expect(written).toContain(m[0].replace(/^\d+ 0 obj\n/, ''));
    expect(written).not.toMatch(/Skia/);
    // Every object is where the new table says.
    const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(written)?.[1]);
    expect(written.slice(start, start + 5)).toBe('xref\n');
    for (const [n, row] of written
      .slice(start)
      .split('\n')
      .slice(3)
      .filter((l) => / n $/.test(l))
      .entries()) {
      const at = Number(row.slice(0, 10));
      expect(written.slice(at, at + 20)).toMatch(new RegExp(`^${n + 1} 0 obj\\n`));
    }
  });

  it('gives the same bytes as finishing the same file a second time', async () => {
    const bytes = await outlinedPdf();
    const a = await finalizePdf(bytes, PDF_META);
    const b = await finalizePdf((await openPdf(bytes)).pdf, PDF_META);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
});
