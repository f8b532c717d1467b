/** The PDF stage: find a browser, print built HTML files with it, post-process the PDFs. */
export type { PdfMeta, PdfJob, PdfResult, PrintOptions } from './types.js';
export { findBrowser } from './find-browser.js';
export { printPdfs, startPrinter, type Printer } from './print-pdfs.js';
