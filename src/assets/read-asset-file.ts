import { isRunError } from '../errors/run-error.js';
import { readInputSync } from '../files/safe-read.js';

/** Why an asset file was not read; `size` (bytes) with `too-large`, what stands there instead (folder, fifo, socket, device) with `not-a-file`. */
export type ReadProblem = { problem: 'missing' } | { problem: 'unreadable' } | { problem: 'outside'; root: string } | { problem: 'not-a-file'; kind: string } | { problem: 'too-large'; size: number };

/**
 * The bytes of FILE through the one safe reader (files/safe-read.ts: a regular file whose real
 * path lies inside ROOT, at most MAX_BYTES, never a FIFO or a device), or why not, as a value:
 * lint reports it at the picture's place instead of stopping.
 */
export function readAssetFile(file: string, root: string, maxBytes: number): { bytes: Buffer } | ReadProblem {
  try {
    return { bytes: readInputSync(file, { root, limit: maxBytes }) };
  } catch (e) {
    if (!isRunError(e)) throw e;
    switch (e.code) {
      case 'io/missing':
        return { problem: 'missing' };
      case 'input/not-a-file':
        return { problem: 'not-a-file', kind: e.params?.['type'] ?? 'device' };
      case 'input/outside':
        return { problem: 'outside', root: e.params?.['root'] ?? root };
      case 'input/too-large':
        return { problem: 'too-large', size: Number(e.params?.['size'] ?? maxBytes + 1) };
      default:
        return { problem: 'unreadable' };
    }
  }
}
