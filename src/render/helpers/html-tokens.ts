import { Parser } from 'htmlparser2';

/**
 * A page's HTML as a sequence of tokens, read by htmlparser2 (the parser the importer uses): text,
 * start tags with their attributes in any order and any quoting (as written: entities not decoded),
 * end tags, and comments, doctypes and other markup. The contents of <script>, <style>, <textarea>
 * and <title> are text up to their end tag, as a browser reads them. Each token keeps its source
 * text, so the page can be written back byte for byte: what lies between two pieces of markup is
 * text, and tags the parser only implies (a </li> before the next <li>) have no token.
 */
export type HtmlToken =
  | { kind: 'text'; source: string }
  | { kind: 'start'; source: string; name: string; attrs: ReadonlyMap<string, string> }
  | { kind: 'end'; source: string; name: string }
  | { kind: 'other'; source: string };

export function htmlTokens(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = 0;
  /** The markup the parser is at, after the text since the last one. */
  const markup = (token: (source: string) => HtmlToken) => {
    const start = parser.startIndex;
    if (start < text) return;
    if (start > text) tokens.push({ kind: 'text', source: html.slice(text, start) });
    text = parser.endIndex + 1;
    tokens.push(token(html.slice(start, text)));
  };
  const parser = new Parser(
    {
      onopentag: (name, attribs) => markup((source) => ({ kind: 'start', source, name, attrs: new Map(Object.entries(attribs)) })),
      onclosetag: (name, implied) => void (implied || markup((source) => ({ kind: 'end', source, name }))),
      oncomment: () => markup((source) => ({ kind: 'other', source })),
      onprocessinginstruction: () => markup((source) => ({ kind: 'other', source })),
    },
    { decodeEntities: false },
  );
  parser.end(html);
  if (html.length > text) tokens.push({ kind: 'text', source: html.slice(text) });
  return tokens;
}
