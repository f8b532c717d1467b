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
  const root = contentRoot(html);
  const out: Block[] = [];
  const open: string[] = [];
  let skip = 0;
  let inRoot = root ? 0 : 1;
  let rootDone = false;
  let bold = 0;
  let italic = 0;
  let quote = 0;
  let heading = 0;
  let run: Run = { text: '', bold: 0, italic: 0, letters: 0 };

  const flush = (kind: 'paragraph' | 'item' = 'paragraph') => {
    const text = run.text;
    const style = run.letters && run.bold === run.letters ? 'bold' : run.letters && run.italic === run.letters ? 'italic' : undefined;
    run = { text: '', bold: 0, italic: 0, letters: 0 };
    if (!text.trim()) return;
    if (heading) out.push(...block({ kind: 'heading', level: heading, text }));
    else if (quote) out.push(...block({ kind: 'quote', text }));
    else out.push(...block(kind === 'item' ? { kind, text } : { kind, text, ...(style ? { style } : {}) }));
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        open.push(name);
        if (skip || SKIPPED.has(name) || SKIPPED_ROLES.has(attribs['role'] ?? '') || attribs['hidden'] !== undefined || attribs['aria-hidden'] === 'true') {
          skip++;
          return;
        }
        if (root && name === root && !rootDone) inRoot++;
        if (!inRoot) return;
        if (/^h[1-6]$/.test(name)) {
          flush();
          heading = Number(name[1]);
        } else if (name === 'br') run.text += '\n';
        else if (BLOCKS.has(name)) flush();
        if (name === 'blockquote') quote++;
        if (BOLD.has(name)) bold++;
        if (ITALIC.has(name)) italic++;
      },
      ontext(text) {
        if (skip || !inRoot) return;
        run.text += text;
        const letters = text.replace(/\s/g, '').length;
        run.letters += letters;
        if (bold) run.bold += letters;
        if (italic) run.italic += letters;
      },
      onclosetag(name) {
        open.pop();
        if (skip) {
          if (SKIPPED.has(name) || skip > 0) skip = Math.max(0, skip - 1);
          return;
        }
        if (!inRoot) return;
        if (/^h[1-6]$/.test(name)) {
          flush();
          heading = 0;
        } else if (name === 'li' || name === 'dd' || name === 'dt') flush('item');
        else if (BLOCKS.has(name)) flush();
        if (name === 'blockquote') quote = Math.max(0, quote - 1);
        if (BOLD.has(name)) bold = Math.max(0, bold - 1);
        if (ITALIC.has(name)) italic = Math.max(0, italic - 1);
        if (root && name === root) {
          inRoot--;
          if (!inRoot) rootDone = true;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out;
}
