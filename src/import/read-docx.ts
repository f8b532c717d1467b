import mammoth from 'mammoth';
import { RunError } from '../errors/run-error.js';
import type { Block } from './blocks.js';
import { readHtml } from './read-html.js';
import { readZip } from './read-zip.js';

/** Word's own styles for a title and a quotation, which mammoth leaves as plain paragraphs. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/**
 * A Word document's blocks: mammoth turns it into HTML (headings from Word's heading styles),
 * which read-html.ts reads. The package is unpacked with a budget first (read-zip.ts), so a zip
 * bomb is refused before mammoth opens it; pictures are not converted and files the document
 * links to are never opened (externalFileAccess: false).
 */
export async function readDocx(bytes: Buffer, file: string): Promise<Block[]> {
  await readZip(bytes, file, () => false);
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
    html = result.value;
  } catch (e) {
    throw new RunError('import/zip-broken', { file, detail: (e as Error).message }, { cause: e });
  }
  return readHtml(html);
}
