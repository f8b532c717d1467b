import { PDFArray, PDFName, PDFNumber, PDFRawStream, type PDFObject } from './pdf-lib.js';
import type { PdfObjects } from './pdf-objects.js';
import { streamBytes } from './stream-bytes.js';

/**
 * What a page needs to know of one of Chromium's fonts to write digits with it: which glyph
 * draws a character, how wide each glyph is, and whether the embedded (subset) font program
 * has that glyph's outline. Only the fonts Chromium writes are read: Type0, Identity-H, one
 * CIDFontType2 descendant with an identity CID-to-glyph map and an embedded TrueType program.
 */
export interface FontGlyphs {
  /** The glyph that draws `char`, if the font has one with an outline. */
  glyphOf(char: string): number | undefined;
  /** The text a glyph stands for (the font's ToUnicode map). */
  textOf(glyph: number): string | undefined;
  /** The glyph's advance width, in thousandths of the font size. */
  width(glyph: number): number;
}

export function fontGlyphs(pdf: PdfObjects, font: PDFObject | undefined): FontGlyphs | undefined {
  const type0 = pdf.dict(font);
  if (type0?.get(PDFName.of('Subtype'))?.toString() !== '/Type0' || type0.get(PDFName.of('Encoding'))?.toString() !== '/Identity-H') return undefined;
  const cid = pdf.dict(pdf.array(type0.get(PDFName.of('DescendantFonts')))?.get(0));
  if (!cid || cid.get(PDFName.of('Subtype'))?.toString() !== '/CIDFontType2' || cid.get(PDFName.of('CIDToGIDMap'))?.toString() !== '/Identity') return undefined;
  const toUnicode = pdf.lookup(type0.get(PDFName.of('ToUnicode')));
  const program = pdf.lookup(pdf.dict(cid.get(PDFName.of('FontDescriptor')))?.get(PDFName.of('FontFile2')));
  if (!(toUnicode instanceof PDFRawStream) || !(program instanceof PDFRawStream)) return undefined;
  const texts = readToUnicode(latin1(streamBytes(toUnicode)));
  const outlines = glyphOutlines(streamBytes(program));
  if (!outlines) return undefined;
  const glyphs = new Map<string, number>();
  for (const [glyph, text] of texts) if (!glyphs.has(text) && outlines(glyph)) glyphs.set(text, glyph);
  const widths = readWidths(pdf, cid.get(PDFName.of('W')));
  const dw = pdf.lookup(cid.get(PDFName.of('DW')));
  const fallback = dw instanceof PDFNumber ? dw.asNumber() : 1000;
  return { glyphOf: (char) => glyphs.get(char), textOf: (glyph) => texts.get(glyph), width: (glyph) => widths.get(glyph) ?? fallback };
}

/** The bfchar and bfrange sections of a ToUnicode CMap: glyph → text. */
export function readToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (section[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (section[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]*)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (hi < lo || hi - lo > 0xffff) continue;
      const listed = m[4] === undefined ? undefined : Array.from(m[4].matchAll(/<([0-9a-fA-F]*)>/g), (x) => utf16(x[1]!));
      for (let g = lo; g <= hi; g++) {
        const text = listed ? listed[g - lo] : bump(utf16(m[3] ?? ''), g - lo);
        if (text !== undefined) map.set(g, text);
      }
    }
  }
  return map;
}

/** The /W array of a CIDFont: `c [w1 w2 …]` and `c1 c2 w`. */
function readWidths(pdf: PdfObjects, w: PDFObject | undefined): Map<number, number> {
  const widths = new Map<number, number>();
  const items =
    pdf
      .array(w)
      ?.asArray()
      .map((x) => pdf.lookup(x)) ?? [];
  for (let i = 0; i < items.length;) {
    const first = items[i];
    const next = items[i + 1];
    if (!(first instanceof PDFNumber)) break;
    if (next instanceof PDFArray) {
      next.asArray().forEach((x, k) => {
        const v = pdf.lookup(x);
        if (v instanceof PDFNumber) widths.set(first.asNumber() + k, v.asNumber());
      });
      i += 2;
    } else if (next instanceof PDFNumber && items[i + 2] instanceof PDFNumber) {
      const value = (items[i + 2] as PDFNumber).asNumber();
      for (let g = first.asNumber(); g <= next.asNumber() && g - first.asNumber() <= 0xffff; g++) widths.set(g, value);
      i += 3;
    } else break;
  }
  return widths;
}

/** Whether a glyph of a TrueType program has an outline: its 'loca' entries differ. Undefined for a file that is not one. */
function glyphOutlines(font: Uint8Array): ((glyph: number) => boolean) | undefined {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  try {
    const tables = new Map<string, number>();
    const count = view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + 16 * i;
      tables.set(String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!), view.getUint32(at + 8));
    }
    const head = tables.get('head');
    const loca = tables.get('loca');
    if (head === undefined || loca === undefined) return undefined;
    const long = view.getInt16(head + 50) === 1;
    const offset = (g: number): number => (long ? view.getUint32(loca + 4 * g) : 2 * view.getUint16(loca + 2 * g));
    return (glyph) => {
      try {
        return offset(glyph + 1) > offset(glyph);
      } catch {
        return false;
      }
    };
  } catch {
    return undefined;
  }
}

function utf16(hex: string): string {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
}

/** A bfrange's text for the glyph `by` after its first: the last character counted on. */
function bump(text: string, by: number): string {
  if (!text) return text;
  return text.slice(0, -1) + String.fromCharCode(text.charCodeAt(text.length - 1) + by);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
