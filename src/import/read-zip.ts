import yauzl from 'yauzl';
import { RunError } from '../errors/run-error.js';
import { IMPORT_LIMITS } from './limits.js';

type Entry = yauzl.Entry;

/** A packed document (.docx, .odt) that is a zip bomb, or broken (the unpacker's own detail): a code and its values, worded by the command layer. */
function refused(file: string, reason: 'bomb' | 'broken', detail?: string): RunError {
  if (reason === 'broken') return new RunError('import/zip-broken', { file, detail });
  return new RunError('import/zip-bomb', { file, limit: String(IMPORT_LIMITS.unzippedBytes / 1024 / 1024), ratio: String(IMPORT_LIMITS.zipRatio) });
}

/** Each entry's bytes as they unpack, stopped as soon as the run passes `budget`. */
async function unpack(zip: yauzl.ZipFile, entry: Entry, budget: { left: number }, file: string): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const parts: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    budget.left -= chunk.length;
    if (budget.left < 0) {
      stream.destroy();
      throw refused(file, 'bomb');
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** An entry's sizes as its header states them, checked before anything is unpacked. */
function checkSizes(entry: Entry, budget: { left: number }, file: string): void {
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > budget.left || (entry.uncompressedSize > 1024 * 1024 && ratio > IMPORT_LIMITS.zipRatio)) throw refused(file, 'bomb');
}

/**
 * Every entry of a packed document unpacked with a budget, keeping the ones `keep` names. All are
 * unpacked (and counted), not only the kept ones: a reader that opens the file after this one
 * (mammoth) meets only entries whose real size has been seen, and yauzl checks that each
 * entry's stated size is its real size, so a header cannot lie about a bomb.
 */
export async function readZip(bytes: Buffer, file: string, keep: (name: string) => boolean): Promise<Map<string, Buffer>> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch (e) {
    throw refused(file, 'broken', (e as Error).message);
  }
  if (zip.entryCount > IMPORT_LIMITS.zipEntries) throw refused(file, 'bomb');
  const budget = { left: IMPORT_LIMITS.unzippedBytes };
  const kept = new Map<string, Buffer>();
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      if (entry.fileName.endsWith('/')) continue;
      checkSizes(entry, budget, file);
      const data = await unpack(zip, entry, budget, file);
      if (keep(entry.fileName)) kept.set(entry.fileName, data);
    }
  } catch (e) {
    if (e instanceof RunError) throw e;
    throw refused(file, 'broken', (e as Error).message);
  } finally {
    zip.close();
  }
  return kept;
}

function nextEntry(zip: yauzl.ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: Entry) => (cleanup(), resolve(e));
    const onEnd = () => (cleanup(), resolve(undefined));
    const onError = (e: Error) => (cleanup(), reject(e));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}
