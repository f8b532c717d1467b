import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { RunError } from '../errors/run-error.js';
import { block, type Block } from './blocks.js';
import { readZip } from './read-zip.js';

interface StyleFacts {
  bold?: boolean;
  italic?: boolean;
  parent?: string;
}

/** The automatic styles of content.xml: which make text bold or italic, and their parent style. */
function styleOf(tag: SaxesTagPlain, styles: Map<string, StyleFacts>, current: string | undefined): string | undefined {
  if (tag.name === 'style:style') {
    const name = tag.attributes['style:name'];
    if (name) styles.set(name, { ...(tag.attributes['style:parent-style-name'] ? { parent: tag.attributes['style:parent-style-name'] } : {}) });
    return name;
  }
  if (tag.name === 'style:text-properties' && current) {
    const s = styles.get(current)!;
    if (tag.attributes['fo:font-weight'] === 'bold') s.bold = true;
    if (tag.attributes['fo:font-style'] === 'italic') s.italic = true;
  }
  return current;
}

/** A named style or one based on it: LibreOffice's own names for a title and a quotation. */
function isStyle(name: string | undefined, wanted: RegExp, styles: Map<string, StyleFacts>): boolean {
  for (let n = name, depth = 0; n && depth < 10; n = styles.get(n)?.parent, depth++) if (wanted.test(n)) return true;
  return false;
}

/** The level of a paragraph in a heading style ("Heading_20_2", or a style based on one), else 0. */
function headingLevel(name: string | undefined, styles: Map<string, StyleFacts>): number {
  for (let n = name, depth = 0; n && depth < 10; n = styles.get(n)?.parent, depth++) {
    const m = /^Heading_20_(\d)$/.exec(n);
    if (m) return Number(m[1]);
  }
  return 0;
}

/**
 * An OpenDocument text's blocks, from its content.xml: text:h with its outline level, text:p, list
 * items, and paragraphs in a quotation or title style. The package is unpacked with a budget
 * (read-zip.ts); the XML parser resolves no external entity and loads nothing.
 */
export async function readOdt(bytes: Buffer, file: string): Promise<Block[]> {
  const content = (await readZip(bytes, file, (n) => n === 'content.xml')).get('content.xml');
  if (!content) throw new RunError('import/zip-broken', { file, missing: 'content.xml' });
  const styles = new Map<string, StyleFacts>();
  const out: Block[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let styleName: string | undefined;
  let para: { text: string; kind: 'heading' | 'paragraph' | 'item' | 'quote'; level: number; style?: 'bold' | 'italic'; letters: number; bold: number; italic: number } | undefined;
  let listDepth = 0;
  const spans: (StyleFacts | undefined)[] = [];
  parser.on('opentag', (tag) => {
    styleName = styleOf(tag, styles, styleName);
    const a = tag.attributes;
    if (tag.name === 'text:list-item') listDepth++;
    else if (tag.name === 'text:h' || tag.name === 'text:p') {
      const style = a['text:style-name'];
      const styled = headingLevel(style, styles);
      const kind = tag.name === 'text:h' || styled || isStyle(style, /^Title$/, styles) ? 'heading' : isStyle(style, /^Quotations?$/, styles) ? 'quote' : listDepth ? 'item' : 'paragraph';
      const level = tag.name === 'text:h' ? Number(a['text:outline-level'] ?? 1) : styled || 1;
      const facts = styles.get(style ?? '');
      para = { text: '', kind, level: Math.max(1, Math.min(6, level)), letters: 0, bold: 0, italic: 0 };
      spans.length = 0;
      spans.push(facts);
    } else if (para && tag.name === 'text:span') spans.push(styles.get(a['text:style-name'] ?? ''));
    else if (para && tag.name === 'text:s') para.text += ' '.repeat(Math.min(Number(a['text:c'] ?? 1), 100));
    else if (para && tag.name === 'text:tab') para.text += '\t';
    else if (para && tag.name === 'text:line-break') para.text += '\n';
  });
  parser.on('text', (text) => {
    if (!para) return;
    para.text += text;
    const letters = text.replace(/\s/g, '').length;
    para.letters += letters;
    if (spans.some((s) => s?.bold)) para.bold += letters;
    if (spans.some((s) => s?.italic)) para.italic += letters;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'style:style') styleName = undefined;
    else if (tag.name === 'text:list-item') listDepth--;
    else if (tag.name === 'text:span') spans.pop();
    else if (para && (tag.name === 'text:h' || tag.name === 'text:p')) {
      const p = para;
      para = undefined;
      const style = p.letters && p.bold === p.letters ? 'bold' : p.letters && p.italic === p.letters ? 'italic' : undefined;
      if (p.kind === 'heading') out.push(...block({ kind: 'heading', level: p.level, text: p.text }));
      else if (p.kind === 'paragraph') out.push(...block({ kind: 'paragraph', text: p.text, ...(style ? { style } : {}) }));
      else out.push(...block({ kind: p.kind, text: p.text }));
    }
  });
  try {
    parser.write(content.toString('utf8')).close();
  } catch (e) {
    throw new RunError('import/zip-broken', { file, detail: `content.xml: ${(e as Error).message}` }, { cause: e });
  }
  return out;
}
