import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFNumber, PDFRawStream, decodePDFRawStream, type PDFContext } from './pdf-lib.js';

/**
 * A stream's decoded bytes. Chromium compresses its streams with Flate alone, which node's own
 * zlib inflates many times faster than pdf-lib's decoder in JavaScript (a page's content and its
 * fonts' programs are read for the contents numbers of every plan); any other filter goes to pdf-lib.
 */
export function streamBytes(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.get(0) : filter;
  if (only === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) {
    try {
      return inflateSync(stream.getContents());
    } catch {
      /* pdf-lib's decoder is more forgiving of a damaged stream */
    }
  }
  return decodePDFRawStream(stream).decode();
}

/** A stream with OLD's dictionary and CONTENT, compressed with Flate. */
export function flateStream(context: PDFContext, old: PDFRawStream, content: Uint8Array): PDFRawStream {
  const bytes = deflateSync(content);
  const dict = old.dict.clone(context);
  dict.delete(PDFName.of('DecodeParms'));
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  dict.set(PDFName.of('Length'), PDFNumber.of(bytes.length));
  return PDFRawStream.of(dict, bytes);
}
