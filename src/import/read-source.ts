import path from 'node:path';
import { RunError } from '../errors/run-error.js';
import { inputRoot, readInput } from '../files/safe-read.js';
import type { Block } from './blocks.js';
import { IMPORT_LIMITS } from './limits.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { readOdt } from './read-odt.js';
import { readPdf } from './read-pdf.js';
import { readMarkdown, readText } from './read-text.js';

export const IMPORT_FORMATS = ['.docx', '.odt', '.pdf', '.html', '.htm', '.md', '.markdown', '.txt'] as const;

/** Text files are UTF-8 (a byte-order mark is dropped); an old Windows file in cp1252 is read as such. */
function decodeText(bytes: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!utf8.includes('\uFFFD')) return utf8.replace(/^\uFEFF/, '');
  return new TextDecoder('windows-1252').decode(bytes);
}

/**
 * A document's blocks, read by the reader of its kind (by its extension). The file is read whole
 * once through the safe reader, within IMPORT_LIMITS.fileBytes; every reader works on the bytes
 * and opens nothing else. FILE is absolute; CWD is the folder it may lie in when it is below it.
 */
export async function readSource(file: string, shown: string, cwd: string): Promise<{ blocks: Block[]; format: string }> {
  const ext = path.extname(file).toLowerCase();
  if (!(IMPORT_FORMATS as readonly string[]).includes(ext)) throw new RunError('import/format', { file: shown, ext, formats: IMPORT_FORMATS.join(' ') });
  // Read as every input is (issue 28): a regular file, not a link out of its folder, within the limit.
  const bytes = await readInput(file, { root: inputRoot(file, cwd), limit: IMPORT_LIMITS.fileBytes }).catch((e: unknown) => {
    throw namedAs(e, file, shown);
  });
  const blocks = await readBytes(bytes, ext, shown);
  if (blocks.length > IMPORT_LIMITS.blocks) throw new RunError('import/blocks', { file: shown, limit: String(IMPORT_LIMITS.blocks) });
  return { blocks, format: ext.slice(1) };
}

/** The safe reader's RunError naming the file as the user wrote it (relative), not by its absolute path. */
function namedAs(e: unknown, file: string, shown: string): unknown {
  if (!(e instanceof RunError) || e.params['file'] !== file) return e;
  return new RunError(e.code, { ...e.params, file: shown }, { cause: e });
}

function readBytes(bytes: Buffer, ext: string, shown: string): Promise<Block[]> | Block[] {
  switch (ext) {
    case '.docx':
      return readDocx(bytes, shown);
    case '.odt':
      return readOdt(bytes, shown);
    case '.pdf':
      return readPdf(bytes, shown);
    case '.html':
    case '.htm':
      return readHtml(decodeText(bytes));
    case '.md':
    case '.markdown':
      return readMarkdown(decodeText(bytes));
    default:
      return readText(decodeText(bytes));
  }
}
