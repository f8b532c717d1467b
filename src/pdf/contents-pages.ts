import { PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, decodePDFRawStream, type PDFDict, type PDFObject } from './pdf-lib.js';
import type { PdfObjects } from './pdf-objects.js';

/**
 * The contents numbers' fallback, where contents-numbers.ts cannot write them into the first
 * print: the pages the headings landed on are written into the contents page, and only the
 * contents page(s) are printed again (Chromium's `pageRanges`). Their content streams and
 * resources (fonts with the digits) take the place of the first print's in the same page
 * objects, which keep their links, their place in the structure tree (`/StructParents`) and every
 * reference to them from the outline. That is only sound when the second print lays out exactly as the first: the
 * numbers sit in boxes of a fixed width (`tocRoom`), and the marked-content ids of each page
 * must come out the same, which `splicePages` checks before it changes anything.
 */

/** Room reserved for each page number, in digits: the numbers never move the text around them. */
export const TOC_DIGITS = 2;

/** The print CSS that gives every contents number a box of a fixed width, whatever its digits. */
export function tocRoom(): string {
  return `.toc-page[data-for] { display: inline-block; width: calc(var(--studyplan-toc-digits, ${TOC_DIGITS}) * 1ch); text-align: right; white-space: nowrap; overflow: visible; }`;
}

/** The 1-based pages with a link to one of `ids` (the contents' entries link to their headings). */
export function linkPages(pdf: PdfObjects, ids: readonly string[]): number[] {
  const wanted = new Set(ids.filter(Boolean));
  const pages: number[] = [];
  pageRefs(pdf).forEach((ref, i) => {
    const annots = pdf.array(pdf.dict(ref)?.get(PDFName.of('Annots')));
    for (let k = 0; annots && k < annots.size(); k++) {
      const annot = pdf.dict(annots.get(k));
      const action = pdf.dict(annot?.get(PDFName.of('A')));
      const dest = destName(pdf.lookup(annot?.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'))));
      if (dest !== undefined && wanted.has(dest)) {
        pages.push(i + 1);
        return;
      }
    }
  });
  return pages;
}

/** "2,3,7" for Chromium's pageRanges. */
export function pageRanges(pages: readonly number[]): string {
  return pages.join(',');
}

/**
 * Puts the pages of `partial` (a print of `pages` only) in the place of those pages of `target`:
 * each page object keeps its dictionary and gets the new content stream (under the old one's
 * number) and resources. Returns false, changing nothing, when the pages do not match one for
 * one, or their marked content (what the structure tree points into) differs.
 */
export async function splicePages(target: PdfObjects, partial: Uint8Array, pages: readonly number[]): Promise<boolean> {
  const doc = await PDFDocument.load(partial, { updateMetadata: false, parseSpeed: Infinity });
  const fresh = doc.getPages();
  const refs = pageRefs(target);
  if (fresh.length !== pages.length) return false;
  const swaps: { page: PDFDict; contentsRef: PDFRef; contents: PDFRawStream; resources: PDFObject }[] = [];
  for (const [i, number] of pages.entries()) {
    const page = target.dict(refs[number - 1]);
    const contentsRef = page?.get(PDFName.of('Contents'));
    const old = target.lookup(contentsRef);
    const node = fresh[i]?.node;
    const neu = doc.context.lookup(node?.get(PDFName.of('Contents')));
    const resources = node?.get(PDFName.of('Resources'));
    if (!page || !node || !(contentsRef instanceof PDFRef) || !(old instanceof PDFRawStream) || !(neu instanceof PDFRawStream) || !resources) return false;
    if (markedContent(old) !== markedContent(neu)) return false;
    swaps.push({ page, contentsRef, contents: neu, resources });
  }
  for (const s of swaps) {
    s.page.set(PDFName.of('Resources'), target.adopt(s.resources, doc.context));
    target.replace(s.contentsRef, target.adopt(s.contents, doc.context));
  }
  return true;
}

/** The marked-content ids of a page in the order they are drawn. */
function markedContent(stream: PDFRawStream): string {
  const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
  return Array.from(text.matchAll(/\/MCID\s+(\d+)/g), (m) => m[1]).join(' ');
}

/** The page objects in page order (the page tree's kids, depth first). */
export function pageRefs(pdf: PdfObjects): PDFRef[] {
  const refs: PDFRef[] = [];
  const seen = new Set<string>();
  const visit = (ref: PDFObject | undefined): void => {
    if (!(ref instanceof PDFRef) || seen.has(ref.toString())) return;
    seen.add(ref.toString());
    const kids = pdf.array(pdf.dict(ref)?.get(PDFName.of('Kids')));
    if (kids) for (let i = 0; i < kids.size(); i++) visit(kids.get(i));
    else refs.push(ref);
  };
  visit(pdf.catalog.get(PDFName.of('Pages')));
  return refs;
}

function destName(dest: PDFObject | undefined): string | undefined {
  // A named destination; an explicit one ([page /XYZ ...]) is not a link to a heading by id.
  return dest instanceof PDFName || dest instanceof PDFString || dest instanceof PDFHexString ? dest.decodeText() : undefined;
}
