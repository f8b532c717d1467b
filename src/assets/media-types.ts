/** The types of picture a page may show. */
export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/svg+xml';

interface ImageTypeEntry {
  type: ImageType;
  extensions: readonly string[];
  is(bytes: Uint8Array): boolean;
}

/**
 * The one table of the image types studyplan puts on a page: each type with the file endings
 * it is served under (the preview server) and the first bytes that make a file one (the asset
 * loader: the type comes from the bytes, never from the name).
 */
const IMAGE_TYPES: readonly ImageTypeEntry[] = [
  { type: 'image/png', extensions: ['.png'], is: (b: Uint8Array) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', extensions: ['.jpg', '.jpeg'], is: (b: Uint8Array) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { type: 'image/gif', extensions: ['.gif'], is: (b: Uint8Array) => startsWith(b, [0x47, 0x49, 0x46, 0x38]) },
  { type: 'image/webp', extensions: ['.webp'], is: (b: Uint8Array) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && ascii(b, 8, 12) === 'WEBP' },
  { type: 'image/svg+xml', extensions: ['.svg'], is: looksLikeSvg },
];

/** The type of an image by its first bytes; undefined for anything that is none of the table's. */
export function imageTypeOf(bytes: Uint8Array): ImageType | undefined {
  return IMAGE_TYPES.find((t) => t.is(bytes))?.type;
}

/** The type an image file is served as by its ending (`.png`), for files studyplan wrote itself. */
export function imageTypeOfExtension(ext: string): ImageType | undefined {
  const lower = ext.toLowerCase();
  return IMAGE_TYPES.find((t) => t.extensions.includes(lower))?.type;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** An XML declaration, comments or a DOCTYPE, then <svg: what editors (Inkscape, Illustrator) write. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE svg[^>]*>\s*)*<svg[\s>]/.test(head);
}
