import type { Failure } from '../i18n/index.js';

/** What the build hands the PDF stage, and what it gets back. */

export interface PdfMeta {
  title: string;
  /** The organisation that publishes the plan. */
  author: string;
  subject?: string;
  keywords?: string[];
  /** BCP 47 tag, e.g. "sv". */
  lang: string;
  /** creation date written into the PDF */
  date: Date;
}

export interface PdfJob {
  name: string;
  /** absolute path of the built HTML in the out dir */
  htmlFile: string;
  meta: PdfMeta;
  pageSize: 'A4' | 'A5';
  /** the template's margins and running header's font (template.json `page`) */
  page: import('./page-style.js').PageSettings;
  /** folders the page may load files from (the out dir's assets/); the HTML itself is always allowed, a dot-named file or folder inside them never */
  assetRoots: string[];
}

export interface PdfResult {
  name: string;
  ok: boolean;
  bytes?: Uint8Array;
  /** Why it was not printed (a timeout, a crash of the browser...), worded by the command layer. */
  error?: Failure;
  /** Requests the page made that were refused (remote or outside the asset roots). */
  blocked?: string[];
  /**
   * false when the page has no cover (its `<body>` has the class `without-cover`, a short
   * document): page 1 is text, and there is no back cover for a folded booklet to keep last.
   */
  cover?: false;
}

export interface PrintOptions {
  chrome?: string;
  env?: NodeJS.ProcessEnv;
  concurrency?: number;
  launchTimeoutMs?: number;
  printTimeoutMs?: number;
  onProgress?: (name: string, step: string) => void;
  /** Aborting closes the browser; jobs not yet done fail as "cancelled" (Ctrl-C). */
  signal?: AbortSignal;
}
