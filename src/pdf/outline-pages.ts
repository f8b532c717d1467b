import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from './pdf-lib.js';
import { PdfObjects } from './pdf-objects.js';

export interface OutlineEntry {
  title: string;
  /** 1-based page number the entry points to. */
  page: number;
  depth: number;
  /** The outline item itself, to retitle it. */
  node?: PDFDict;
}

/** A printed PDF, opened to read its outline and to be finished: object by object, or parsed whole. */
export type OpenedPdf = PdfObjects | PDFDocument;

/**
 * Opens Chromium's PDF object by object (pdf-objects.ts), which reads the outline without parsing
 * the whole file; a file laid out otherwise, or one whose outline cannot be read that way, is
 * parsed whole by pdf-lib.
 */
export async function openPdf(bytes: Uint8Array): Promise<{ pdf: OpenedPdf; outline: OutlineEntry[] }> {
  const objects = PdfObjects.open(bytes);
  if (objects) {
    try {
      return { pdf: objects, outline: readOutlineOf(objects) };
    } catch {
      /* parsed whole below */
    }
  }
  // parseSpeed: parse in one go; pdf-lib otherwise waits a timer tick every 100 objects.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
  return { pdf: doc, outline: readOutlineOf(doc) };
}

/**
 * The PDF's outline (bookmarks) in document order, each with the page it points to. Chromium
 * builds the outline from the h1–h6 headings, so this says on which page each heading landed.
 */
export async function readOutline(pdf: Uint8Array | OpenedPdf): Promise<OutlineEntry[]> {
  return pdf instanceof Uint8Array ? (await openPdf(pdf)).outline : readOutlineOf(pdf);
}

function readOutlineOf(pdf: OpenedPdf): OutlineEntry[] {
  const objects = pdf instanceof PDFDocument ? wholeDocument(pdf) : pdf;
  const pageOf = pageNumbers(objects);
  const named = objects.dict(objects.catalog.get(PDFName.of('Dests')));
  const outlines = objects.dict(objects.catalog.get(PDFName.of('Outlines')));
  const entries: OutlineEntry[] = [];
  const seen = new Set<PDFDict>();

  const destPage = (dest: PDFObject | undefined): number | undefined => {
    let target = objects.lookup(dest);
    if (target instanceof PDFName || target instanceof PDFString || target instanceof PDFHexString) {
      const key = target instanceof PDFName ? target : PDFName.of(target.decodeText());
      const found = objects.lookup(named?.get(key));
      target = found instanceof PDFDict ? objects.lookup(found.get(PDFName.of('D'))) : found;
    }
    if (!(target instanceof PDFArray)) return undefined;
    const first = target.get(0);
    return first instanceof PDFRef ? pageOf.get(first.toString()) : undefined;
  };

  const walk = (item: PDFDict | undefined, depth: number): void => {
    // Siblings by /Next, children by /First; the set guards against a looping file.
    for (let node = item; node && !seen.has(node); node = objects.dict(node.get(PDFName.of('Next')))) {
      seen.add(node);
      const titleObj = objects.lookup(node.get(PDFName.of('Title')));
      const title = titleObj instanceof PDFString || titleObj instanceof PDFHexString ? titleObj.decodeText() : '';
      let page = destPage(node.get(PDFName.of('Dest')));
      const action = objects.dict(node.get(PDFName.of('A')));
      if (page === undefined && action) page = destPage(action.get(PDFName.of('D')));
      if (page !== undefined) entries.push({ title, page, depth, node });
      walk(objects.dict(node.get(PDFName.of('First'))), depth + 1);
    }
  };
  walk(objects.dict(outlines?.get(PDFName.of('First'))), 0);
  return entries;
}

/** What reading the outline needs of a PDF: its catalog, and references followed. */
interface ObjectSource {
  catalog: PDFDict;
  lookup(obj: PDFObject | undefined): PDFObject | undefined;
  dict(obj: PDFObject | undefined): PDFDict | undefined;
}

function wholeDocument(doc: PDFDocument): ObjectSource {
  const lookup = (obj: PDFObject | undefined): PDFObject | undefined => (obj instanceof PDFRef ? doc.context.lookup(obj) : obj);
  return {
    catalog: doc.catalog,
    lookup,
    dict: (obj) => {
      const v = lookup(obj);
      return v instanceof PDFDict ? v : undefined;
    },
  };
}

/** Page object reference → 1-based page number, from the page tree (kids in order, depth first). */
function pageNumbers(objects: ObjectSource): Map<string, number> {
  const pageOf = new Map<string, number>();
  const visited = new Set<string>();
  const visit = (ref: PDFObject | undefined): void => {
    if (!(ref instanceof PDFRef) || visited.has(ref.toString())) return;
    visited.add(ref.toString());
    const node = objects.dict(ref);
    const kids = objects.lookup(node?.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) visit(kids.get(i));
    else if (node) pageOf.set(ref.toString(), pageOf.size + 1);
  };
  visit(objects.catalog.get(PDFName.of('Pages')));
  return pageOf;
}

/**
 * Gives outline items the text of their headings. Chromium titles an item with the heading's
 * painted text: the lines of a wrapped heading run together ("partidistriktsStudieplan"),
 * text hidden for screen readers is lost, and a heading at a page break can come out twice.
 */
export function retitleOutline(entries: readonly OutlineEntry[], titles: ReadonlyArray<string | undefined>): void {
  entries.forEach((entry, i) => {
    const title = titles[i];
    if (entry.node && title && title !== entry.title) entry.node.set(PDFName.of('Title'), PDFHexString.fromText(title));
  });
}
