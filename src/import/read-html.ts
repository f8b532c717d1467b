import { Parser } from 'htmlparser2';
import { block, type Block } from './blocks.js';

/** Page furniture and things that are not text: never part of a plan. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'head',
  'title',
  'dialog',
  'menu',
]);
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary']);
const BLOCKS = new Set(['p', 'div', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'section', 'article', 'main', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'figure', 'figcaption', 'address', 'body']);
const BOLD = new Set(['b', 'strong']);
const ITALIC = new Set(['i', 'em', 'cite']);

/** Where the plan is on a saved web page: its <main>, else its first <article>, else the body. */
function contentRoot(html: string): 'main' | 'article' | undefined {
  if (/<main[\s>]/i.test(html)) return 'main';
  if (/<article[\s>]/i.test(html)) return 'article';
  return undefined;
}

interface Run {
  text: string;
  /** Characters of the run (not spaces) inside <b>/<strong>, inside <i>/<em>. */
  bold: number;
  italic: number;
  letters: number;
}

/**
 * The blocks of an HTML document (a saved web page, or what mammoth or markdown-it made). The
 * text is only read: no script runs, no image or style sheet loads, nothing is fetched. On a web
 * page only the main content is kept: navigation, header, footer and side columns are left out.
 */
export function readHtml(html: string): Block[] {
  const reader = new BlockReader(contentRoot(html));
  const parser = new Parser(
    {
      onopentag: (name, attribs) => reader.openTag(name, attribs),
      ontext: (text) => reader.text(text),
      onclosetag: (name) => reader.closeTag(name),
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  reader.flush();
  return reader.blocks;
}

const emptyRun = (): Run => ({ text: '', bold: 0, italic: 0, letters: 0 });

/** Page furniture, or content the page hides: left out with everything inside it. */
function isSkipped(name: string, attribs: Record<string, string>): boolean {
  return SKIPPED.has(name) || SKIPPED_ROLES.has(attribs['role'] ?? '') || attribs['hidden'] !== undefined || attribs['aria-hidden'] === 'true';
}

/** A run wholly in bold (or wholly in italics) is kept as such: a lead-in or a caption. */
function runStyle(run: Run): 'bold' | 'italic' | undefined {
  if (!run.letters) return undefined;
  if (run.bold === run.letters) return 'bold';
  return run.italic === run.letters ? 'italic' : undefined;
}

/** The parser's callbacks share where in the page they are; this holds it, and the blocks read so far. */
class BlockReader {
  readonly blocks: Block[] = [];
  /** Depth inside skipped furniture. */
  private skip = 0;
  /** Depth inside the content root; the root counts only once (a later <main> is not content). */
  private inRoot: number;
  private rootDone = false;
  private bold = 0;
  private italic = 0;
  private quote = 0;
  private heading = 0;
  private run: Run = emptyRun();

  constructor(private readonly root: 'main' | 'article' | undefined) {
    this.inRoot = root ? 0 : 1;
  }

  openTag(name: string, attribs: Record<string, string>): void {
    if (this.skip || isSkipped(name, attribs)) {
      this.skip++;
      return;
    }
    if (this.root && name === this.root && !this.rootDone) this.inRoot++;
    if (!this.inRoot) return;
    if (/^h[1-6]$/.test(name)) {
      this.flush();
      this.heading = Number(name[1]);
    } else if (name === 'br') this.run.text += '\n';
    else if (BLOCKS.has(name)) this.flush();
    this.nest(name, 1);
  }

  text(text: string): void {
    if (this.skip || !this.inRoot) return;
    this.run.text += text;
    const letters = text.replace(/\s/g, '').length;
    this.run.letters += letters;
    if (this.bold) this.run.bold += letters;
    if (this.italic) this.run.italic += letters;
  }

  closeTag(name: string): void {
    if (this.skip) {
      this.skip--;
      return;
    }
    if (!this.inRoot) return;
    if (/^h[1-6]$/.test(name)) {
      this.flush();
      this.heading = 0;
    } else if (name === 'li' || name === 'dd' || name === 'dt') this.flush('item');
    else if (BLOCKS.has(name)) this.flush();
    this.nest(name, -1);
    if (this.root && name === this.root) {
      this.inRoot--;
      if (!this.inRoot) this.rootDone = true;
    }
  }

  /** The text gathered so far as a block (a heading, quotation, item or paragraph). */
  flush(kind: 'paragraph' | 'item' = 'paragraph'): void {
    const { text } = this.run;
    const style = runStyle(this.run);
    this.run = emptyRun();
    if (!text.trim()) return;
    if (this.heading) this.blocks.push(...block({ kind: 'heading', level: this.heading, text }));
    else if (this.quote) this.blocks.push(...block({ kind: 'quote', text }));
    else this.blocks.push(...block(kind === 'item' ? { kind, text } : { kind, text, ...(style ? { style } : {}) }));
  }

  /** Into (STEP 1) or out of (-1) a quotation, bold or italic element; a stray closing tag counts for nothing. */
  private nest(name: string, step: 1 | -1): void {
    if (name === 'blockquote') this.quote = Math.max(0, this.quote + step);
    if (BOLD.has(name)) this.bold = Math.max(0, this.bold + step);
    if (ITALIC.has(name)) this.italic = Math.max(0, this.italic + step);
  }
}
