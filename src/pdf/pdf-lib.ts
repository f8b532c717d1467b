import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

/**
 * pdf-lib, loaded with require() from the one-file build pdf-lib ships (dist/pdf-lib.min.js, the
 * same version and classes as its cjs/ tree): node's import() of the CommonJS tree first scans
 * each of its ~140 files for export names (cjs-module-lexer), and even require() of that tree
 * takes ~0.09 s against ~0.03 s for the one file, on the thread that renders the first plan while
 * the browser starts (measured: `node -e "require('pdf-lib/…')"`, docs/pdf.md).
 */
const lib = createRequire(import.meta.url)('pdf-lib/dist/pdf-lib.min.js') as typeof PdfLib;

/** All of it, for the booklet's imposition (impose.ts loads this module only when it imposes). */
export const pdfLib: typeof PdfLib = lib;

export const {
  PDFArray,
  PDFBool,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFObjectParser,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
} = lib;
export type PDFArray = PdfLib.PDFArray;
export type PDFDict = PdfLib.PDFDict;
export type PDFDocument = PdfLib.PDFDocument;
export type PDFHexString = PdfLib.PDFHexString;
export type PDFName = PdfLib.PDFName;
export type PDFNumber = PdfLib.PDFNumber;
export type PDFRef = PdfLib.PDFRef;
export type PDFString = PdfLib.PDFString;
export type PDFObject = PdfLib.PDFObject;
export type PDFRawStream = PdfLib.PDFRawStream;
export type PDFStream = PdfLib.PDFStream;
export type PDFContext = PdfLib.PDFContext;
