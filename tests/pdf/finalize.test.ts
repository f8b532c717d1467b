import { pdfLib } from '../../src/pdf/pdf-lib.js';
import { describe, expect, it } from 'vitest';
import { finalizePdf } from '../../src/pdf/finalize-pdf.js';
import { headingPages, headingTitles } from '../../src/pdf/toc-pages.js';
import { PDF_META } from './helpers.js';

// The copy of pdf-lib the code under test uses (src/pdf/pdf-lib.ts): its classes are the ones it checks.
const { PDFDocument, PDFHexString, PDFName, StandardFonts } = pdfLib;

/** A PDF as a browser would write it: its own dates, id and producer, which differ every run. */
async function browserLikePdf(text: string, when: Date, id: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(text, { x: 50, y: 780, font, size: 12 });
  doc.setProducer('Skia/PDF m156');
  doc.setCreator('HeadlessChrome/156');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  doc.catalog.set(PDFName.of('Lang'), PDFHexString.fromText('sv'));
  const hex = PDFHexString.fromText(id.repeat(16));
  doc.context.trailerInfo.ID = doc.context.obj([hex, hex]);
  return doc.save({ useObjectStreams: false });
}

describe('finalizePdf', () => {
  it('gives the same bytes whatever date and id the browser wrote', async () => {
    const a = await finalizePdf(await browserLikePdf('Studieplan', new Date('2030-01-01T10:00:00Z'), 'a'), PDF_META);
    const b = await finalizePdf(await browserLikePdf('Studieplan', new Date('2031-06-07T08:09:10Z'), 'b'), PDF_META);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it('derives the document id from the content', async () => {
    const when = new Date('2030-01-01T10:00:00Z');
    const a = Buffer.from(await finalizePdf(await browserLikePdf('Studieplan', when, 'a'), PDF_META)).toString('latin1');
    const b = Buffer.from(await finalizePdf(await browserLikePdf('Studieplan för våren', when, 'a'), PDF_META)).toString('latin1');
    const id = (s: string) => /\/ID \[ ?<([0-9A-F]{32})> ?<([0-9A-F]{32})> ?\]/.exec(s);
    expect(id(a)?.[1]).toBe(id(a)?.[2]);
    expect(id(a)?.[1]).not.toBe(id(b)?.[1]);
  });

  it('writes the plan’s metadata, dates and an XMP packet, and no browser names', async () => {
    const out = await finalizePdf(await browserLikePdf('x', new Date(), 'a'), PDF_META);
    const doc = await PDFDocument.load(out, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Studieplan för hösten i Skåne');
    expect(doc.getAuthor()).toBe('Studieförbundet Östra Skåne');
    expect(doc.getSubject()).toBe('Studieplan hösten 2021');
    expect(doc.getKeywords()).toBe('studieplan höstmöte');
    expect(doc.getProducer()).toMatch(/^studyplan \d/);
    expect(doc.getCreator()).toMatch(/^studyplan \d/);
    expect(doc.getCreationDate()?.toISOString()).toBe('2021-09-14T12:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2021-09-14T12:00:00.000Z');
    const text = Buffer.from(out).toString('utf8');
    expect(text).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Studieplan för hösten i Skåne</rdf:li>');
    expect(text).toContain('<dc:language><rdf:Bag><rdf:li>sv</rdf:li>');
    expect(text).toContain('<xmp:CreateDate>2021-09-14T12:00:00Z</xmp:CreateDate>');
    expect(text).not.toMatch(/Skia|HeadlessChrome/);
  });

  it('escapes XML in the XMP packet', async () => {
    const out = await finalizePdf(await browserLikePdf('x', new Date(), 'a'), { ...PDF_META, title: 'Fika & <samtal> "i" höst' });
    expect(Buffer.from(out).toString('utf8')).toContain('Fika &amp; &lt;samtal&gt; &quot;i&quot; höst');
  });
});

describe('headingPages', () => {
  const heading = (id: string, text: string) => ({ id, text });
  const entry = (title: string, page: number) => ({ title, page, depth: 0 });

  it('pairs outline entries with headings by text, in order, skipping headings the outline left out', () => {
    const headings = [heading('plan', 'Plan'), heading('', ''), heading('a', ' Mål  och\n syfte '), heading('b', 'Kurser'), heading('c', 'Kurser')];
    const outline = [entry('Plan', 1), entry('Mål och syfte', 3), entry('Kurser', 4), entry('Kurser', 6)];
    expect(headingPages(headings, outline)).toEqual({ plan: 1, a: 3, b: 4, c: 6 });
  });

  it('falls back to position when the texts do not line up but the counts do', () => {
    expect(headingPages([heading('a', 'Ett'), heading('b', 'Två')], [entry('One', 2), entry('Two', 5)])).toEqual({ a: 2, b: 5 });
  });

  it('matches the titles Chromium gives wrapped, repeated and partly hidden headings', () => {
    const headings = [heading('plan', 'Skånes partidistrikts Studieplan'), heading('u', 'Utbildningar och konferenser'), heading('f', 'Facklig utbildning, ”Insikter” för förtroendevalda')];
    const outline = [
      entry('Skånes partidistriktsStudieplan', 1),
      entry('Utbildningar och konferenserUtbildningar och konferenser', 5),
      entry('Facklig utbildning”Insikter” för förtroendevalda', 5),
      entry('Något annat', 6),
    ];
    expect(headingPages(headings, outline)).toEqual({ plan: 1, u: 5, f: 5 });
    expect(headingTitles(headings, outline)).toEqual(['Skånes partidistrikts Studieplan', 'Utbildningar och konferenser', 'Facklig utbildning, ”Insikter” för förtroendevalda', undefined]);
  });
});
