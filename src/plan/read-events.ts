import { constructFromEvents, EVENT_ID, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import { MAX_DEPTH } from './limits.js';
import { EventLocator } from './event-locator.js';

export interface EventRead {
  data: unknown;
  locator: EventLocator;
}

/**
 * The quick reader for the common plan: one document of plain mappings, lists and scalars, read
 * with js-yaml's event parser (about twice as fast as composing a `yaml` Document, which is most
 * of a lint's time). Anything else gives `undefined` and the caller reads the text with `yaml`,
 * which words every problem: syntax errors, duplicate keys, tags, anchors and aliases (their
 * limits), several documents, keys that are not plain text. Both readers follow the YAML 1.2 core
 * schema, and a test checks that they give the same data and places for the plans both accept.
 */
export function readWithEvents(text: string): EventRead | undefined {
  let events: Event[];
  let data: unknown[];
  // yaml refuses tabs in indentation in places where js-yaml takes them as separation.
  if (text.includes('\t') && TAB_INDENT.test(text)) return undefined;
  // An explicit key (`? key`) places its empty value differently in the two readers.
  if (hasExplicitKey(text)) return undefined;
  // A block text that ends the file without a line break ends one place earlier in js-yaml's events
  // than in yaml's nodes (found by the mutation test): such a rare file is read by yaml.
  if (!text.endsWith('\n') && text.trim()) return undefined;
  // A carriage return without a line feed breaks a line for js-yaml, not for yaml.
  if (text.includes('\r') && LONE_CR.test(text)) return undefined;
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
    if (!isPlain(events, text)) return undefined;
    data = constructFromEvents(events, { source: text, maxAliases: 0 });
  } catch {
    return undefined;
  }
  if (data.length !== 1 || data[0] === undefined || data[0] === null) return undefined;
  return { data: data[0], locator: new EventLocator(events, text) };
}

const LONE_CR = /\r(?!\n)/;
const TAB_INDENT = /(?:^|\n)[ \t-]*\t/;

/** Plain keys that the core schema reads as something other than text (1, 1.5, ~, null, true...). */
const NOT_TEXT = /^(?:[-+.0-9~]|(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$|$)/;

/**
 * A number too large for a double: yaml reads it as Infinity, js-yaml keeps the text. Checked
 * only for plain values that start like a number.
 */
const NUMBER = /^(?:[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+)$/;
const overflows = (s: string) => NUMBER.test(s) && !Number.isFinite(Number(s));

/**
 * One document without directives whose root is a mapping; no tags, anchors or aliases; every
 * key plain text; no number beyond a double.
 */
function isPlain(events: readonly Event[], text: string): boolean {
  let documents = 0;
  // For each open collection: -1 for a list, else the number of nodes seen in the mapping so far
  // (even: the next node is a key).
  const open: number[] = [];
  for (const e of events) {
    if (e.type === EVENT_ID.DOCUMENT) {
      // A %YAML 1.1 directive changes what plain values mean (yes, no, on, off...).
      if (++documents > 1 || e.directives.length) return false;
      continue;
    }
    if (e.type === EVENT_ID.POP) {
      open.pop();
      continue;
    }
    if (e.type === EVENT_ID.ALIAS || e.anchorStart !== -1 || e.tagStart !== -1) return false;
    const top = open.length - 1;
    const isKey = top >= 0 && open[top] !== -1 && open[top]! % 2 === 0;
    if (top >= 0 && open[top] !== -1) open[top]!++;
    if (top < 0 && e.type !== EVENT_ID.MAPPING) return false;
    if (e.type === EVENT_ID.SCALAR) {
      // A block scalar of blank lines only: where it ends (at the end of the file) differs.
      if (e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK) {
        if (isBlank(text, e.valueStart, e.valueEnd)) return false;
        continue;
      }
      if (e.style !== SCALAR_STYLE.PLAIN) continue;
      if (isKey) {
        // `<<` (a YAML 1.1 merge key): the yaml reader refuses it at its place.
        if (text.startsWith('<<', e.valueStart) && e.valueEnd - e.valueStart === 2) return false;
        if (NOT_TEXT.test(text.slice(e.valueStart, Math.min(e.valueEnd, e.valueStart + 6)))) return false;
        // A flow key with no colon (`{ title:! x }` is one key with a null value) or a colon with no
        // space after it: the two readers place such values differently, so the yaml reader takes them.
        if (keyWithoutPlainColon(text, e.valueEnd)) return false;
      } else if (e.valueStart !== -1 && isNumberStart(text.charCodeAt(e.valueStart)) && overflows(text.slice(e.valueStart, e.valueEnd))) return false;
    } else {
      if (isKey) return false;
      open.push(e.type === EVENT_ID.MAPPING ? 0 : -1);
    }
  }
  return documents === 1;
}

/** Whether the key ending at END lacks its `:`, or has one followed by a character that is not a space, a line end or `,]}`. */
function keyWithoutPlainColon(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) !== 0x3a) return true;
  const next = text.charCodeAt(i + 1);
  return !(Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x2c || next === 0x5d || next === 0x7d);
}

/** 0-9, +, - or . */
const isNumberStart = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return true;
}

/** A `?` that opens a line (after indentation and list dashes) and is followed by a space or the line's end. */
function hasExplicitKey(text: string): boolean {
  for (let at = text.indexOf('?'); at !== -1; at = text.indexOf('?', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (!(Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d)) continue;
    let i = at - 1;
    while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x2d)) i--;
    if (i < 0 || text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d) return true;
  }
  return false;
}
