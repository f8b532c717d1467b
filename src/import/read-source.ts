import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, RunError } from '../errors/run-error.js';
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
 * once, within IMPORT_LIMITS.fileBytes; every reader works on the bytes and opens nothing else.
 */
export async function readSource(file: string, shown: string): Promise<{ blocks: Block[]; format: string }> {
  const ext = path.extname(file).toLowerCase();
  if (!(IMPORT_FORMATS as readonly string[]).includes(ext))
    throw new RunError(`${shown}: cannot import a ${ext || 'file without an extension'} file; the importer reads ${IMPORT_FORMATS.join(' ')}`, undefined, 'import/format', {
      file: shown,
      ext,
      formats: IMPORT_FORMATS.join(' '),
    });
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (info.size > IMPORT_LIMITS.fileBytes)
      throw new RunError(`${shown}: the file is larger than ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB`, undefined, 'import/too-large', {
        file: shown,
        limit: String(IMPORT_LIMITS.fileBytes / 1024 / 1024),
      });
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof RunError) throw e;
    throw new RunError(`${shown}: cannot read the file (${errorCode(e)})`, undefined, 'import/read', { file: shown, code: errorCode(e) });
  }
  const blocks = await readBytes(bytes, ext, shown);
  if (blocks.length > IMPORT_LIMITS.blocks)
    throw new RunError(`${shown}: more than ${IMPORT_LIMITS.blocks} paragraphs`, undefined, 'import/too-large', { file: shown, limit: String(IMPORT_LIMITS.fileBytes / 1024 / 1024) });
  return { blocks, format: ext.slice(1) };
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
