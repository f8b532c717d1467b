/**
 * What every reader gives the recogniser: the document as a flat list of blocks in reading order.
 * A reader keeps what the file says about structure (a heading's level, a list item, a quotation,
 * a paragraph all in bold or italics) and nothing about looks; recognise.ts decides what a block is.
 */
export type Block =
  { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string; style?: 'bold' | 'italic' } | { kind: 'item'; text: string } | { kind: 'quote'; text: string };

/** Spaces and line breaks inside a block as a reader found them, made single spaces. */
export function tidy(text: string): string {
  return text
    .replace(/[\u00a0\t ]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** The block, or nothing when its text is empty (an empty paragraph carries no words to keep). */
export function block(b: Block): Block[] {
  const text = tidy(b.text);
  return text ? [{ ...b, text }] : [];
}
