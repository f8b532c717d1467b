import path from 'node:path';
import { PLAN_OUTPUTS } from '../output/output-names.js';
import { writeFileAtomic } from '../output/write-atomic.js';

/** The booklet's name in the build cache's outputs (beside "html" and "pdf"). */
export const BOOKLET_OUTPUT = 'booklet';

/** OUT/NAME.booklet.pdf: the A5 print imposed two-up on A4 sheets for folding. */
export function bookletFileName(name: string): string {
  return PLAN_OUTPUTS[BOOKLET_OUTPUT]?.(name) ?? `${name}.booklet.pdf`;
}

/**
 * The print job of the booklet: the same built HTML as the A4 PDF, printed on A5 pages (the PDF
 * stage sets the page size and its margins; the template's print CSS is the same).
 */
export function bookletPrintJob<J extends { pageSize: 'A4' | 'A5' }>(job: J): J {
  return { ...job, pageSize: 'A5' };
}

/**
 * Imposes the A5 print and writes OUT/NAME.booklet.pdf atomically; returns the file written.
 * pdf-lib loads only here, so a build without a booklet never loads the imposition code.
 */
export async function writeBooklet(out: string, name: string, a5Pdf: Uint8Array, options: { backCover?: boolean } = {}): Promise<string> {
  const { imposeBooklet } = await import('../pdf/impose.js');
  const file = path.join(out, bookletFileName(name));
  await writeFileAtomic(file, await imposeBooklet(a5Pdf, options));
  return file;
}
