import { pageRefs } from './contents-pages.js';
import { fontGlyphs, type FontGlyphs } from './font-glyphs.js';
import { PDFName, PDFRawStream, PDFRef, type PDFDict } from './pdf-lib.js';
import type { PdfObjects } from './pdf-objects.js';
import { flateStream, streamBytes } from './stream-bytes.js';

/**
 * The contents page's numbers written into the first print itself, so that nothing is printed
 * twice. In the first print each number's box (`tocRoom`) holds a placeholder of two digits and,
 * before it in a box of no width, all ten digits in the same font at 1 px (CONTENTS_DIGITS): so
 * the font's subset has every digit a number may need, and the layout is the one the numbers
 * give. Each comes out of Chromium as a text object of its own: a font, a text matrix, one glyph
 * after another. The placeholder's glyphs are swapped for the real number's, set right-aligned
 * where the placeholder ended, as Chromium sets them, and the 1 px digits are taken out. The page keeps everything else: its links, its marked
 * content (the structure tree points into it) and every other object. Anything unexpected
 * (another layout of the text, a digit the font does not have, more or fewer placeholders than
 * numbers) changes nothing and returns false: the caller then prints the contents page again.
 */

/** The placeholders, one after another (their order is checked against the numbers'). */
export const CONTENTS_PLACEHOLDERS = ['01', '23', '45', '67', '89'] as const;
export const placeholderAt = (i: number): string => CONTENTS_PLACEHOLDERS[i % CONTENTS_PLACEHOLDERS.length]!;
/** Drawn at 1 px before each placeholder, in its font: every digit in that font's subset. */
export const CONTENTS_DIGITS = '0123456789';

export interface ContentsNumber {
  /** What the box holds in the first print (after the digits). */
  placeholder: string;
  /** What it should hold: the page number, or '' for none. */
  text: string;
}

const NUM = String.raw`-?(?:\d+\.?\d*|\.\d+)`;
/** One text object as Chromium writes a short run: font, matrix, the first glyph, then each next glyph after its offset. */
const RUN = new RegExp(String.raw`^/(\S+) (${NUM}) Tf\n(${NUM}) (${NUM}) (${NUM}) (${NUM}) (${NUM}) (${NUM}) Tm\n<([0-9a-fA-F]{4})> Tj((?:\n${NUM} 0 Td <[0-9a-fA-F]{4}> Tj)*)$`);
const NEXT = new RegExp(String.raw`\n(${NUM}) 0 Td <([0-9a-fA-F]{4})> Tj`, 'g');

interface Run {
  start: number;
  end: number;
  font: FontGlyphs;
  fontName: string;
  size: number;
  sizeText: string;
  matrix: [number, number, number, number, number, number];
  /** Each glyph and its offset from the one before it (0 for the first). */
  glyphs: { glyph: number; dx: number }[];
  text: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function writeContentsNumbers(pdf: PdfObjects, pages: readonly number[], numbers: readonly ContentsNumber[]): boolean {
  const wanted = new Set([...numbers.map((n) => n.placeholder), CONTENTS_DIGITS]);
  const refs = pageRefs(pdf);
  const found: { page: number; run: Run }[] = [];
  const streams = new Map<number, { ref: PDFRef; stream: PDFRawStream; text: string }>();
  for (const number of pages) {
    const page = pdf.dict(refs[number - 1]);
    const ref = page?.get(PDFName.of('Contents'));
    const stream = pdf.lookup(ref);
    if (!page || !(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) return false;
    const text = Buffer.from(streamBytes(stream)).toString('latin1');
    // Character spacing and horizontal scaling outlive a text object: then the widths alone do not say where glyphs go.
    if (/\s(?:Tc|Tz)\s/.test(text)) return false;
    streams.set(number, { ref, stream, text });
    for (const run of shortRuns(pdf, page, text)) if (wanted.has(run.text)) found.push({ page: number, run });
  }
  // Each number's digits, then its placeholder, in the numbers' order.
  if (found.length !== 2 * numbers.length) return false;
  const edits = new Map<number, Edit[]>();
  for (const [i, number] of numbers.entries()) {
    const [digits, box] = [found[2 * i]!, found[2 * i + 1]!];
    if (box.run.text !== number.placeholder || digits.run.text !== CONTENTS_DIGITS || digits.page !== box.page || digits.run.font !== box.run.font) return false;
    const text = rewrite(box.run, number.text);
    if (text === undefined) return false;
    const list = edits.get(box.page) ?? [];
    list.push({ start: box.run.start, end: box.run.end, text }, { start: digits.run.start, end: digits.run.end, text: `/${digits.run.fontName} ${digits.run.sizeText} Tf` });
    edits.set(box.page, list);
  }
  for (const [page, list] of edits) {
    const { ref, stream, text } = streams.get(page)!;
    let next = text;
    for (const e of [...list].sort((a, b) => b.start - a.start)) next = next.slice(0, e.start) + e.text + next.slice(e.end);
    pdf.replace(ref, flateStream(pdf.context, stream, Buffer.from(next, 'latin1')));
  }
  return true;
}

/** The text objects of a page that are one short run in one font, as RUN describes. */
function shortRuns(pdf: PdfObjects, page: PDFDict, text: string): Run[] {
  const fonts = pdf.dict(pdf.dict(page.get(PDFName.of('Resources')))?.get(PDFName.of('Font')));
  const cache = new Map<string, FontGlyphs | undefined>();
  const runs: Run[] = [];
  for (const m of text.matchAll(/(?:^|\n)BT\n([^]*?)\nET(?=\n|$)/g)) {
    const body = m[1]!;
    if (body.length > 600) continue;
    const r = RUN.exec(body);
    if (!r) continue;
    const name = r[1]!;
    if (!cache.has(name)) cache.set(name, fonts ? fontGlyphs(pdf, fonts.get(PDFName.of(name))) : undefined);
    const font = cache.get(name);
    if (!font) continue;
    const start = m.index + m[0].indexOf('BT\n') + 3;
    const glyphs = [{ glyph: parseInt(r[9]!, 16), dx: 0 }, ...Array.from(r[10]!.matchAll(NEXT), (n) => ({ glyph: parseInt(n[2]!, 16), dx: Number(n[1]) }))];
    const matrix = r.slice(3, 9).map(Number) as Run['matrix'];
    runs.push({ start, end: start + body.length, font, fontName: name, size: Number(r[2]), sizeText: r[2]!, matrix, glyphs, text: glyphs.map((g) => font.textOf(g.glyph) ?? '\u{fffd}').join('') });
  }
  return runs;
}

/** A run's glyphs' widths in its text space; undefined when they are not set one after another (letter-spacing, kerning). */
function advances(run: Run, glyphs: readonly number[] = run.glyphs.map((g) => g.glyph)): number[] | undefined {
  const widths = glyphs.map((g) => (run.font.width(g) / 1000) * run.size);
  const spaced = run.glyphs.some((g, i) => i > 0 && Math.abs(g.dx - (run.font.width(run.glyphs[i - 1]!.glyph) / 1000) * run.size) > 0.01);
  return spaced ? undefined : widths;
}

/** The placeholder's run with `text` in its place, ending where it ended; undefined when a character is missing or the run is spaced. */
function rewrite(box: Run, text: string): string | undefined {
  const glyphs = Array.from(text, (c) => box.font.glyphOf(c));
  const placeholder = advances(box);
  if (glyphs.some((g) => g === undefined) || !placeholder) return undefined;
  const [a, b, c, d, e, f] = box.matrix;
  const widths = advances(box, glyphs as number[])!;
  const right = box.glyphs.reduce((x, g) => x + g.dx, 0) + placeholder.at(-1)!;
  const head = `/${box.fontName} ${box.sizeText} Tf`;
  if (!glyphs.length) return head;
  const shift = right - widths.reduce((x, y) => x + y, 0);
  const matrix = `${[a, b, c, d].map(fmt).join(' ')} ${fmt(e + a * shift)} ${fmt(f + b * shift)} Tm`;
  const shown = (glyphs as number[]).map((g, i) => `${i ? `${fmt(widths[i - 1]!)} 0 Td ` : ''}<${g.toString(16).padStart(4, '0')}> Tj`);
  return [head, matrix, ...shown].join('\n');
}

/** A number as PDF writes it: no exponent, at most six decimals. */
function fmt(n: number): string {
  const s = n.toFixed(6).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}
