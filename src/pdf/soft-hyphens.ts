import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFContext, type PDFObject } from './pdf-lib.js';
import { flateStream, streamBytes } from './stream-bytes.js';

/** What the cleaner needs of an opened PDF: pdf-objects.ts's reader, or pdf-lib's document. */
export interface ContentAccess {
  readonly context: PDFContext;
  readonly catalog: PDFDict;
  lookup(obj: PDFObject | undefined): PDFObject | undefined;
  replace(ref: PDFRef, value: PDFObject): void;
}

// Chromium draws an unused soft hyphen as a glyph of no width inside `/Span<</ActualText <feff00ad> >> BDC`,
// so every break point the hyphenation offered (toc-pages.ts) reaches the text layer and splits
// the word for search, copy and screen readers. A hyphen drawn at a line's end is a glyph of its
// own, outside such a span: taking U+00AD out of the spans' text leaves the words whole.
const ACTUAL_TEXT = /\/ActualText <((?:[0-9a-fA-F]{4})*)>/g;
const SOFT_HYPHEN = /^00ad$/i;

/** A content stream's text with U+00AD taken out of every ActualText; undefined when it has none. */
export function withoutSoftHyphens(content: string): string | undefined {
  if (!/00ad/i.test(content)) return undefined;
  let changed = false;
  const next = content.replace(ACTUAL_TEXT, (whole, hex: string) => {
    const units = hex.match(/.{4}/g) ?? [];
    const kept = units.filter((u) => !SOFT_HYPHEN.test(u));
    if (kept.length === units.length) return whole;
    changed = true;
    return `/ActualText <${kept.join('')}>`;
  });
  return changed ? next : undefined;
}

/** Takes the unused soft hyphens out of the text layer of every page (see above). */
export function dropSoftHyphens(pdf: ContentAccess): void {
  for (const page of pages(pdf)) {
    const contents = pdf.lookup(page.get(PDFName.of('Contents')));
    const refs = contents instanceof PDFArray ? contents.asArray() : [page.get(PDFName.of('Contents'))];
    for (const ref of refs) {
      const stream = pdf.lookup(ref);
      if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
      const next = withoutSoftHyphens(Buffer.from(streamBytes(stream)).toString('latin1'));
      if (next !== undefined) pdf.replace(ref, flateStream(pdf.context, stream, Buffer.from(next, 'latin1')));
    }
  }
}

function pages(pdf: ContentAccess): PDFDict[] {
  const found: PDFDict[] = [];
  const seen = new Set<PDFObject>();
  const visit = (node: PDFObject | undefined): void => {
    const dict = pdf.lookup(node);
    if (!(dict instanceof PDFDict) || seen.has(dict)) return;
    seen.add(dict);
    const kids = pdf.lookup(dict.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) visit(kid);
    else found.push(dict);
  };
  visit(pdf.catalog.get(PDFName.of('Pages')));
  return found;
}
