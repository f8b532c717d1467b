/**
 * A page's HTML as a sequence of tokens, read as a browser reads it (the WHATWG tokenizer's
 * states, for well-formed and ill-formed markup alike): text, start tags with their attributes in
 * any order and any quoting, end tags, and comments, doctypes and other markup. The contents of
 * <script>, <style>, <textarea> and <title> are text up to their end tag, as a browser reads them.
 * Each token keeps its source text, so the page can be written back byte for byte.
 */
export type HtmlToken =
  | { kind: 'text'; source: string }
  | { kind: 'start'; source: string; name: string; attrs: ReadonlyMap<string, string> }
  | { kind: 'end'; source: string; name: string }
  | { kind: 'other'; source: string };

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

export function htmlTokens(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let at = 0;
  let text = 0;
  const flushText = (end: number) => {
    if (end > text) tokens.push({ kind: 'text', source: html.slice(text, end) });
  };
  while ((at = html.indexOf('<', at)) >= 0) {
    const token = markupAt(html, at);
    if (!token) {
      at += 1;
      continue;
    }
    flushText(at);
    tokens.push(token);
    at += token.source.length;
    text = at;
    if (token.kind === 'start' && RAW_TEXT.has(token.name)) {
      const end = html.slice(at).search(new RegExp(`</${token.name}[\\s/>]`, 'i'));
      at = end < 0 ? html.length : at + end;
      flushText(at);
      text = at;
    }
  }
  flushText(html.length);
  return tokens;
}

/** The markup that starts at AT (a '<'), or undefined when that '<' is text ("a < b"). */
function markupAt(html: string, at: number): HtmlToken | undefined {
  const next = html[at + 1] ?? '';
  if (html.startsWith('<!--', at)) {
    const end = html.indexOf('-->', at + 4);
    return { kind: 'other', source: html.slice(at, end < 0 ? html.length : end + 3) };
  }
  if (next === '!' || next === '?') return { kind: 'other', source: html.slice(at, endOf(html, at)) };
  if (next === '/' && /[a-z]/i.test(html[at + 2] ?? '')) {
    const source = html.slice(at, endOf(html, at));
    return { kind: 'end', source, name: /^<\/([^\s/>]+)/.exec(source)![1]!.toLowerCase() };
  }
  if (/[a-z]/i.test(next)) return startTag(html, at);
  return undefined;
}

const endOf = (html: string, at: number) => {
  const end = html.indexOf('>', at);
  return end < 0 ? html.length : end + 1;
};

/** A start tag: its name, then attributes ("name", name=value, name='value', name="value") until '>'. */
function startTag(html: string, at: number): HtmlToken {
  const name = /^<([^\s/>]+)/.exec(html.slice(at))![1]!;
  const attrs = new Map<string, string>();
  const attr = /[\s/]*(?:(>)|([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?)/y;
  let end = at + 1 + name.length;
  for (;;) {
    attr.lastIndex = end;
    const m = attr.exec(html);
    if (!m) return { kind: 'start', source: html.slice(at), name: name.toLowerCase(), attrs };
    end = attr.lastIndex;
    if (m[1]) break;
    const key = m[2]!.toLowerCase();
    // The first of two attributes of one name counts, as in a browser.
    if (!attrs.has(key)) attrs.set(key, m[3] ?? m[4] ?? m[5] ?? '');
  }
  return { kind: 'start', source: html.slice(at, end), name: name.toLowerCase(), attrs };
}
