import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** 1-based page number the entry points to. */
  page: number;
  depth: number;
  /** The outline item itself, to retitle it. */
  node?: PDFDict;
}

/**
 * The PDF's outline (bookmarks) in document order, each with the page it points to. Chromium
 * builds the outline from the h1–h6 headings, so this says on which page each heading landed.
 */
export async function readOutline(pdf: Uint8Array | PDFDocument): Promise<OutlineEntry[]> {
  const doc = pdf instanceof PDFDocument ? pdf : await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Infinity });
  const pageOf = new Map<string, number>();
  doc.getPages().forEach((p, i) => pageOf.set(p.ref.toString(), i + 1));
  const named = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const entries: OutlineEntry[] = [];
  const seen = new Set<PDFDict>();

  const destPage = (dest: PDFObject | undefined): number | undefined => {
    let target = dest instanceof PDFRef ? doc.context.lookup(dest) : dest;
    if (target instanceof PDFName || target instanceof PDFString || target instanceof PDFHexString) {
      const key = target instanceof PDFName ? target : PDFName.of(target.decodeText());
      const found = named?.lookup(key);
      target = found instanceof PDFDict ? found.lookup(PDFName.of('D')) : found;
    }
    if (!(target instanceof PDFArray)) return undefined;
    const first = target.get(0);
    return first instanceof PDFRef ? pageOf.get(first.toString()) : undefined;
  };

  const walk = (item: PDFDict | undefined, depth: number): void => {
    // Siblings by /Next, children by /First; the set guards against a looping file.
    for (let node = item; node && !seen.has(node); node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      seen.add(node);
      const titleObj = node.lookup(PDFName.of('Title'));
      const title = titleObj instanceof PDFString || titleObj instanceof PDFHexString ? titleObj.decodeText() : '';
      let page = destPage(node.get(PDFName.of('Dest')));
      const action = node.lookupMaybe(PDFName.of('A'), PDFDict);
      if (page === undefined && action) page = destPage(action.get(PDFName.of('D')));
      if (page !== undefined) entries.push({ title, page, depth, node });
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return entries;
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
