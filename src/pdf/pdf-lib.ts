import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

/**
 * pdf-lib, loaded with require(). pdf-lib is a CommonJS package, and node's import() of one
 * first scans it and every file it re-exports for their export names (cjs-module-lexer): for
 * pdf-lib's ~100 files that doubles the time it takes to load (~0.13 s instead of ~0.07 s), on
 * the thread that also renders the plans and talks to the browser. Same module, same classes.
 */
const lib = createRequire(import.meta.url)('pdf-lib') as typeof PdfLib;

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
