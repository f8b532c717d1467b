import { existsSync } from 'node:fs';
import path from 'node:path';
import { CACHE_FILE } from '../output/build-cache.js';
import type { Printer, PrintOptions } from '../pdf/index.js';
import type { BuildOptions } from './build.js';

/**
 * What a build does before it loads its stages: where it writes, and whether to start the
 * browser at once. This module loads little, so that Chromium starts while the rest loads.
 */

/** Where a build with OPTIONS writes: --out (default out/), from its cwd. */
export function outFolder(options: Pick<BuildOptions, 'cwd' | 'out'>): string {
  return path.resolve(options.cwd ?? process.cwd(), options.out ?? 'out');
}

/**
 * A browser started at once, before the plans are found and checked, when the build is sure
 * to print: it prints (PDF or booklet), has no printer of its caller's, and rebuilds everything
 * (--force, or no build cache in OUT yet: a first build). The launch is the longest step before
 * the first print; an incremental build starts one only for a plan that changed (print-stage.ts, warm).
 */
export async function startEarlyPrinter(options: BuildOptions, out: string): Promise<Printer | undefined> {
  const prints = (options.formats ?? ['html', 'pdf']).includes('pdf') || options.booklet === true;
  if (!prints || options.printer || (!options.force && existsSync(path.join(out, CACHE_FILE)))) return undefined;
  const { startPrinter } = await import('../pdf/index.js');
  return startPrinter(printerOptions(options));
}

/** The printer's settings of a build's options. */
export function printerOptions(options: BuildOptions): PrintOptions {
  return {
    ...(options.chrome ? { chrome: options.chrome } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.printTimeoutMs ? { printTimeoutMs: options.printTimeoutMs } : {}),
    ...(options.env ? { env: options.env } : {}),
  };
}
