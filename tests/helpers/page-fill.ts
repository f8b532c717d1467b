import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { saddleStitchOrder } from '../../src/pdf/impose.js';
import { tool } from '../pdf/helpers.js';

/**
 * How full a printed page is, from its pixels (pdftoppm): the share of the page's text area (the
 * page inside its margins, so the running header and the folio are not counted) left empty below
 * the last row with any ink. 0 is a page filled to its foot, 0.5 a page whose lower half is empty.
 */

const DPI = 40;
const px = (mm: number) => Math.round((mm / 25.4) * DPI);

/** One page as printed: its number in the document, the file's page (a sheet, for a booklet) and, for a booklet, its half. */
export interface PrintedPage {
  page: number;
  sheet: number;
  half?: 'left' | 'right';
}

/** A PDF's pages in order: one a page, or for a folded booklet (A5 pairs on A4 sheets) each half, blank halves left out. */
export function printedPages(pdf: string, booklet: boolean): PrintedPage[] {
  const sheets = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]))?.[1]);
  if (!booklet) return Array.from({ length: sheets }, (_, i) => ({ page: i + 1, sheet: i + 1 }));
  const sides = saddleStitchOrder(sheets * 2, { backCover: true });
  const pages: PrintedPage[] = [];
  sides.forEach((s, i) => {
    if (s.left !== null) pages.push({ page: s.left, sheet: i + 1, half: 'left' });
    if (s.right !== null) pages.push({ page: s.right, sheet: i + 1, half: 'right' });
  });
  return pages.sort((a, b) => a.page - b.page);
}

/** The text of a page (poppler's pdftotext, without the soft hyphens of hyphenation), cut to its half of the sheet. */
export function printedText(pdf: string, p: PrintedPage): string {
  const crop = p.half ? ['-x', p.half === 'left' ? '0' : '421', '-y', '0', '-W', '421', '-H', '595'] : [];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(p.sheet), '-l', String(p.sheet), ...crop, pdf, '-'], { encoding: 'utf8' }).replace(/\u00ad/g, '');
}

/** Margins in millimetres: top, right, bottom, left. */
export type Margins = readonly [number, number, number, number];

/** The empty foot of each page in PAGES (see above), in their order; undefined for a page without any ink. */
export function emptyFoot(pdf: string, pages: readonly PrintedPage[], margins: Margins): (number | undefined)[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-page-fill-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(DPI), pdf, path.join(dir, 'p')]);
    const files = readdirSync(dir).sort();
    return pages.map((p) => {
      const image = readPgm(path.join(dir, files[p.sheet - 1]!));
      const width = p.half ? image.width / 2 : image.width;
      const x0 = p.half === 'right' ? width : 0;
      const [top, right, bottom, left] = margins;
      return footOf(image, { x0: x0 + px(left), x1: x0 + width - px(right), y0: px(top), y1: image.height - px(bottom) });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A binary PGM (P5, 8 bits), as pdftoppm -gray writes it. */
function readPgm(file: string): Gray {
  const bytes = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${file}: not a binary PGM`);
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) };
}

/** The share of the box below its last row with a pixel darker than near-white. */
function footOf(image: Gray, box: { x0: number; x1: number; y0: number; y1: number }): number | undefined {
  for (let y = box.y1 - 1; y >= box.y0; y--) {
    for (let x = box.x0; x < box.x1; x++) if (image.pixels[y * image.width + x]! < 200) return (box.y1 - 1 - y) / (box.y1 - box.y0);
  }
  return undefined;
}
