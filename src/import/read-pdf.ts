import { RunError } from '../errors/run-error.js';
import { block, type Block } from './blocks.js';
import { labelled, stepLine } from './labelled.js';
import { IMPORT_LIMITS } from './limits.js';

/** One line of a page as pdf.js gives its text items: where it stands, how big and how heavy. */
export interface PdfLine {
  text: string;
  size: number;
  bold: boolean;
  /** Baseline from the page's bottom, and the page, for telling a new paragraph from the next line. */
  y: number;
  x: number;
  /** Where the line's last item ends: a line that stops well before the column's edge ends its paragraph. */
  end: number;
  page: number;
}

interface Item {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL: boolean;
}

const HEAVY = /bold|black|heavy|semibold|demi/i;
const BULLET = /^[•◦▪●‣∙·–-]\s+/;

/** The text items of one page as lines, with the size and weight of their font. */
async function pageLines(page: PdfPage, n: number): Promise<PdfLine[]> {
  const content = await page.getTextContent();
  // The fonts' names (…-Bold, …-SemiBold) reach the main thread with the operator list.
  await page.getOperatorList();
  const heavy = new Map<string, boolean>();
  const isHeavy = (font: string) => {
    if (!heavy.has(font)) heavy.set(font, page.commonObjs.has(font) && HEAVY.test(String((page.commonObjs.get(font) as { name?: string }).name ?? '')));
    return heavy.get(font)!;
  };
  const lines: PdfLine[] = [];
  let line: (PdfLine & { letters: number; heavy: number }) | undefined;
  const close = () => {
    if (line && line.text.trim()) lines.push({ text: line.text.trim(), size: line.size, bold: line.letters > 0 && line.heavy === line.letters, y: line.y, x: line.x, end: line.end, page: n });
    line = undefined;
  };
  for (const raw of content.items as Item[]) {
    if (typeof raw.str !== 'string') continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = raw.transform;
    const size = Math.round(Math.hypot(a, b) * 2) / 2;
    if (line && Math.abs(line.y - y) > Math.max(line.size, size) * 0.5) close();
    if (raw.str) {
      if (!line) line = { text: '', size, bold: false, y, x, page: n, end: x, letters: 0, heavy: 0 };
      // Words set apart by position, not by a space character, still need one between them.
      if (line.text && !/\s$/.test(line.text) && !/^\s/.test(raw.str) && x - line.end > size * 0.2) line.text += ' ';
      line.text += raw.str;
      line.end = x + raw.width;
      line.size = Math.max(line.size, size);
      const letters = raw.str.replace(/\s/g, '').length;
      line.letters += letters;
      if (isHeavy(raw.fontName)) line.heavy += letters;
    }
    if (raw.hasEOL) close();
  }
  close();
  return lines;
}

/** The size most of the text is set in: the body text; larger is a heading. */
function bodySize(lines: PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  return [...chars].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 0;
}

/**
 * Lines into blocks: lines larger than the body text are headings, their level by their size
 * (the largest is level 1); a page number alone on its line is page furniture; lines set close
 * together in the same font join into a paragraph; a bullet starts a list item.
 */
export function linesToBlocks(lines: PdfLine[]): Block[] {
  const body = bodySize(lines);
  // The column's right edge: where most full lines of body text end.
  const ends = lines
    .filter((l) => l.size === body)
    .map((l) => l.end)
    .sort((p, q) => p - q);
  const edge = ends[Math.floor(ends.length * 0.9)] ?? Infinity;
  const headingSizes = [...new Set(lines.filter((l) => l.size > body * 1.12).map((l) => l.size))].sort((p, q) => q - p);
  const out: Block[] = [];
  let cur: { kind: 'heading' | 'paragraph' | 'item'; level: number; bold: boolean; text: string; last: PdfLine } | undefined;
  const flush = () => {
    if (cur)
      out.push(
        ...block(
          cur.kind === 'heading'
            ? { kind: 'heading', level: cur.level, text: cur.text }
            : cur.kind === 'item'
              ? { kind: 'item', text: cur.text }
              : { kind: 'paragraph', text: cur.text, ...(cur.bold ? { style: 'bold' as const } : {}) },
        ),
      );
    cur = undefined;
  };
  for (const l of lines) {
    if (/^\d{1,4}$/.test(l.text)) continue;
    const level = headingSizes.indexOf(l.size) + 1;
    const kind = level ? 'heading' : BULLET.test(l.text) ? 'item' : 'paragraph';
    const text = kind === 'item' ? l.text.replace(BULLET, '') : l.text;
    const gap = cur && cur.last.page === l.page ? cur.last.y - l.y : cur ? l.size * 1.3 : Infinity;
    // A paragraph ends where its last line stops short of the column's edge, and before a line
    // that starts a fact of its own (a label, a step, a weekday and a date), however close it is.
    const lastEndedShort = cur !== undefined && (cur.last.end < edge - body * 4 || startsFact(l.text));
    const continues =
      cur &&
      kind !== 'item' &&
      !(kind === 'paragraph' && lastEndedShort) &&
      (cur.kind === kind || (cur.kind === 'item' && kind === 'paragraph' && l.x > cur.last.x)) &&
      cur.level === Math.min(level, 6) &&
      cur.bold === l.bold &&
      gap > 0 &&
      gap < l.size * 1.7;
    if (cur && continues) {
      cur.text = /[\u00ad]$/.test(cur.text) ? cur.text.slice(0, -1) + text : `${cur.text} ${text}`;
      cur.last = { ...l, x: cur.last.x };
      continue;
    }
    flush();
    cur = { kind, level: Math.min(level, 6), bold: l.bold, text, last: l };
  }
  flush();
  return out;
}

const startsFact = (text: string) => labelled(text) !== undefined || stepLine(text) !== undefined || /^\p{Lu}\p{Ll}+dag(en)?\s+\d{1,2}\.?\s+\p{L}/u.test(text);

type PdfPage = {
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
};

/**
 * A PDF's blocks through pdf.js (the legacy build, for Node): its text items with their font
 * size and weight. Nothing in the PDF runs: no JavaScript (pdf.js runs none without a scripting
 * sandbox, and eval is off), no fonts are installed, nothing is fetched. A PDF of more than
 * IMPORT_LIMITS.pdfPages pages is refused with a message before any page is read.
 */
export async function readPdf(bytes: Buffer, file: string): Promise<Block[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, enableXfa: false, disableAutoFetch: true, verbosity: 0 });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    throw new RunError('import/pdf-broken', { file, detail: (e as Error).message }, { cause: e });
  }
  try {
    if (doc.numPages > IMPORT_LIMITS.pdfPages) throw new RunError('import/pdf-pages', { file, pages: String(doc.numPages), limit: String(IMPORT_LIMITS.pdfPages) });
    const lines: PdfLine[] = [];
    for (let n = 1; n <= doc.numPages; n++) lines.push(...(await pageLines((await doc.getPage(n)) as unknown as PdfPage, n)));
    return linesToBlocks(lines);
  } finally {
    await doc.destroy();
  }
}
