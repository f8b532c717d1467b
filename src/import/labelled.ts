import type { Block } from './blocks.js';
import { LABELS, STEP_WORDS, type Field } from './words.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALL = (Object.entries(LABELS) as [Field, readonly string[]][]).flatMap(([field, words]) => words.map((word) => ({ field, word }))).sort((a, b) => b.word.length - a.word.length);
const LABELLED = ALL.map(({ field, word }) => ({
  field,
  // A label of four letters or fewer ("Tid", "Når") needs its colon; a longer one may stand without ("Målgrupp Alla medlemmar").
  re: new RegExp(`^${escape(word)}${word.length <= 4 ? String.raw`\s*:\s*` : String.raw`(?:\s*[:.–]\s*|\s+(?=[\p{Lu}\d]))`}(.+)$`, 'iu'),
}));

/** A line that is a label and its value ("Målgrupp: Alla medlemmar"), as the field and the value. */
export function labelled(text: string): { field: Field; value: string; label: string } | undefined {
  if (text.length > 2000) return undefined;
  for (const { field, re } of LABELLED) {
    const m = re.exec(text);
    if (m && m[1]!.trim()) return { field, value: m[1]!.trim(), label: text.slice(0, text.length - m[1]!.length).replace(/[\s:.–]+$/, '') };
  }
  return undefined;
}

const STEP = new RegExp(`^((?:${STEP_WORDS.join('|')})\\s+\\d{1,2})(?:\\s*[:.–-]\\s*|\\s+)(\\p{Lu}.*)?$`, 'iu');

/** "Steg 1 Mediakunskap", "Del 2: Fördjupning", "Trinn 3" as the step's label and title. */
export function stepLine(text: string): { label: string; title?: string } | undefined {
  if (text.length > 300) return undefined;
  const m = STEP.exec(text);
  if (!m) return undefined;
  return { label: m[1]!, ...(m[2] ? { title: m[2].trim() } : {}) };
}

/** A decision clause of a proposal: "Att partidistriktets utbildningsplan fastställs". */
export function isClause(b: Block): boolean {
  return (b.kind === 'paragraph' || b.kind === 'item') && /^Att\s/.test(b.text);
}

/** A paragraph that is a quotation: a block quote, or a paragraph in italics or in quotation marks. */
export function isQuote(b: Block): boolean {
  return b.kind === 'quote' || (b.kind === 'paragraph' && (b.style === 'italic' || /^[”"“„«].{40,}[”"“»]\.?$/su.test(b.text)));
}

/** A quotation's text without the marks around it (the booklet sets its own). */
export function quoteText(text: string): string {
  return text.replace(/^[”"“„«]\s*/u, '').replace(/\s*[”"“»]\s*$/u, '');
}
