import type { PDFDocument, PDFEmbeddedPage } from 'pdf-lib';

/** pdf-lib loads when a booklet is imposed, so importing this module (or the public API) stays cheap. */
type PdfLib = typeof import('pdf-lib');

/** A4 landscape, in points: the sheet two A5 pages are printed on. */
export const SHEET_WIDTH = 841.89;
export const SHEET_HEIGHT = 595.28;

/** One side of a sheet: the 1-based page numbers printed left and right; null is a blank page. */
export interface SheetSide {
  left: number | null;
  right: number | null;
}

/**
 * Saddle-stitch order for PAGES pages: padded with blanks to a multiple of four, sheet k (0-based)
 * carries on its front the page counted k from the end (left) and page 2k+1 (right), on its back
 * page 2k+2 (left) and the next-to-last of those still unplaced (right). Folded in the middle and
 * nested, the sheets then read 1, 2, 3, … With `backCover`, the last page is the booklet's
 * last (the blanks come before it). Returns the sides in print order: front, back, front, …
 */
export function saddleStitchOrder(pages: number, options: { backCover?: boolean } = {}): SheetSide[] {
  if (!Number.isInteger(pages) || pages < 1) return [];
  const padded = Math.ceil(pages / 4) * 4;
  // With a back cover, the blanks go before it, so it stays the booklet's outside back.
  const back = options.backCover === true && pages > 1;
  const shown = (n: number): number | null => (back && n === padded ? pages : n <= pages && !(back && n === pages && n !== padded) ? n : null);
  const sides: SheetSide[] = [];
  for (let k = 0; k < padded / 4; k++) {
    sides.push({ left: shown(padded - 2 * k), right: shown(2 * k + 1) });
    sides.push({ left: shown(2 * k + 2), right: shown(padded - 2 * k - 1) });
  }
  return sides;
}

/**
 * Imposes a PDF of A5 (or any portrait) pages two-up on A4 landscape sheets in saddle-stitch
 * order, for double-sided printing flipped on the short edge. Each page is scaled to fit its half
 * and set against the fold, so the inner margins of facing pages stay as printed. Pure: bytes in,
 * bytes out; the same input gives the same bytes (no dates of its own, no random id). The
 * document information, language and XMP metadata of the input are carried over; the viewer is
 * asked to print duplex, flipped on the short edge.
 */
export async function imposeBooklet(input: Uint8Array, options: { backCover?: boolean } = {}): Promise<Uint8Array> {
  const lib = (await import('./pdf-lib.js')).pdfLib;
  const { PDFDocument, Duplex } = lib;
  const source = await PDFDocument.load(input, { updateMetadata: false });
  const count = source.getPageCount();
  if (count === 0) throw new Error('imposing the booklet: the PDF has no pages');
  const booklet = await PDFDocument.create({ updateMetadata: false });
  const embedded = await booklet.embedPages(source.getPages());
  const half = SHEET_WIDTH / 2;

  const place = (page: PDFEmbeddedPage | undefined, side: 'left' | 'right', sheet: ReturnType<PDFDocument['addPage']>): void => {
    if (!page) return;
    const scale = Math.min(half / page.width, SHEET_HEIGHT / page.height, 1.5);
    const width = page.width * scale;
    const height = page.height * scale;
    // Against the fold: a left page ends at the middle, a right page starts there.
    const x = side === 'left' ? half - width : half;
    sheet.drawPage(page, { x, y: (SHEET_HEIGHT - height) / 2, width, height });
  };

  for (const s of saddleStitchOrder(count, options)) {
    const sheet = booklet.addPage([SHEET_WIDTH, SHEET_HEIGHT]);
    place(s.left === null ? undefined : embedded[s.left - 1], 'left', sheet);
    place(s.right === null ? undefined : embedded[s.right - 1], 'right', sheet);
  }

  copyMetadata(lib, source, booklet);
  booklet.catalog.getOrCreateViewerPreferences().setDuplex(Duplex.DuplexFlipShortEdge);
  return booklet.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/** Title, author, subject, keywords, tool, dates, /Lang and the XMP packet of SOURCE, as they are. */
function copyMetadata({ decodePDFRawStream, PDFName, PDFRawStream, PDFStream }: PdfLib, source: PDFDocument, target: PDFDocument): void {
  const title = source.getTitle();
  if (title !== undefined) target.setTitle(title, { showInWindowTitleBar: true });
  const author = source.getAuthor();
  if (author !== undefined) target.setAuthor(author);
  const subject = source.getSubject();
  if (subject !== undefined) target.setSubject(subject);
  const keywords = source.getKeywords();
  if (keywords !== undefined) target.setKeywords([keywords]);
  const creator = source.getCreator();
  if (creator !== undefined) target.setCreator(creator);
  const producer = source.getProducer();
  if (producer !== undefined) target.setProducer(producer);
  const created = source.getCreationDate();
  if (created) target.setCreationDate(created);
  const modified = source.getModificationDate();
  if (modified) target.setModificationDate(modified);
  const lang = source.catalog.get(PDFName.of('Lang'));
  if (lang) target.catalog.set(PDFName.of('Lang'), lang.clone(target.context));

  const xmp = source.catalog.lookupMaybe(PDFName.of('Metadata'), PDFStream);
  if (xmp) {
    const bytes = xmp instanceof PDFRawStream ? decodePDFRawStream(xmp).decode() : xmp.getContents();
    const stream = target.context.stream(bytes, { Type: 'Metadata', Subtype: 'XML', Length: bytes.length });
    target.catalog.set(PDFName.of('Metadata'), target.context.register(stream));
  }
}
