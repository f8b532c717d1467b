import { tokenize, type CSSToken } from '@csstools/css-tokenizer';
import { RunError } from '../errors/run-error.js';

/** Functions whose string arguments are addresses the browser loads (image-set() takes bare strings as well as url()). */
const LOADING_FUNCTIONS = new Set(['url', 'src', 'image', 'image-set', '-webkit-image-set', 'cross-fade', '-webkit-cross-fade']);

/** A reference a stylesheet may make: a data: URL, or a relative path (assets/…) with no `..` part. */
function allowed(target: string): boolean {
  if (/^data:/i.test(target.trim())) return true;
  return !/^\s*([a-z][\w+.-]*:|[/\\])/i.test(target) && !target.split(/[\\/]/).some((part) => part.trim() === '..');
}

/**
 * A stylesheet may reference only files beside it (assets/…) and data: URLs: no @import, no url()
 * to the network, an absolute path, file: or a `..` escape. Printing refuses such loads anyway
 * (src/pdf/request-guard.ts); here the template is refused at once, with its line. The CSS is read
 * by a CSS Syntax Level 3 tokenizer, as the browser reads it: escapes decoded (`\75rl(`,
 * `@\69mport`, `\"` in a string), comments between a string and its `)`, an unclosed url( at the
 * end of the file, all seen as the browser sees them, where patterns were fooled by each.
 */
export function checkStyleReferences(css: string, file: string): void {
  // The innermost open function of each `(` (an empty name for a plain parenthesis).
  const open: string[] = [];
  for (const token of tokenize({ css }, { onParseError: () => undefined })) {
    const problem = refused(token, open);
    if (problem) throw outside(css, token, file);
  }
}

/** Whether TOKEN is a reference that is not allowed; keeps OPEN, the stack of open functions, up to date. */
function refused(token: CSSToken, open: string[]): boolean {
  const [type] = token;
  if (type === 'function-token') open.push(String(token[4].value).toLowerCase());
  else if (type === '(-token') open.push('');
  else if (type === ')-token') open.pop();
  else if (type === 'at-keyword-token') return String(token[4].value).toLowerCase() === 'import';
  else if (type === 'url-token') return !allowed(token[4].value);
  else if (type === 'bad-url-token' || type === 'bad-string-token') return open.length > 0 || type === 'bad-url-token';
  else if (type === 'string-token' && LOADING_FUNCTIONS.has(open.at(-1) ?? '')) return !allowed(token[4].value);
  return false;
}

function outside(css: string, token: CSSToken, file: string): RunError {
  const line = css.slice(0, Math.max(0, token[2])).split('\n').length;
  return new RunError('template/outside', { kind: 'css', file, line: String(line), text: JSON.stringify(token[1].trim().slice(0, 80)).slice(1, -1) });
}
