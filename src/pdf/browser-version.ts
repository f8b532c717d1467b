import { RunError } from '../errors/run-error.js';

/**
 * The oldest Chromium that prints what the booklets need: tagged PDF and the document outline
 * (bookmarks) from the headings. The outline (Page.printToPDF generateDocumentOutline, the
 * --generate-pdf-document-outline switch) came in Chromium 121 for the old headless mode only;
 * in the headless mode studyplan starts (--headless=new, the only one since the old one left
 * Chrome in 132) it works from 132. Edge and Brave carry Chromium's major version number.
 */
export const MIN_BROWSER_MAJOR = 132;

/** "HeadlessChrome/156.0.8078.114" (Browser.getVersion's product) -> its version and major. */
export function parseBrowserVersion(product: string): { version: string; major: number } | undefined {
  const m = /\/(\d+)((?:\.\d+)*)/.exec(product);
  return m?.[1] ? { version: `${m[1]}${m[2] ?? ''}`, major: Number(m[1]) } : undefined;
}

/** Refuses a browser too old for the outline and tags, in one line that says what to do. */
export function checkBrowserVersion(product: string, name: string): void {
  const parsed = parseBrowserVersion(product);
  if (!parsed || parsed.major >= MIN_BROWSER_MAJOR) return; // an unknown format: let it try
  throw new RunError('pdf/browser-too-old', { name, version: parsed.version, min: String(MIN_BROWSER_MAJOR) });
}
