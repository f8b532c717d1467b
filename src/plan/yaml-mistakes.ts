/* eslint-disable max-lines -- one recogniser per common YAML mistake (the ten of docs/lint-rules.md), each small, sharing the line helpers at the top; only files the parser rejects come here */
/**
 * YAML syntax errors a person understands. The `yaml` parser reports what it could not read,
 * often many follow-on errors and at the start of a document; a person made one mistake, on one
 * line. For a text `yaml` refused, this finds that mistake (the ten common ones: a colon in a
 * value, no space after a colon, a missing colon, a tab, a key indented too far or too little, an
 * unclosed quote, a list item without its dash...), its line and column, and its fix. The fix is
 * applied and the text read again, so each further mistake is found once too. Only files `yaml`
 * refused come here (the slow path); plans that read come nowhere near it.
 */
import type { Fix, Range } from '../diagnostics/diagnostic.js';

export type MistakeKind = 'tab' | 'nbsp' | 'unclosed-quote' | 'comment-in-flow' | 'missing-space' | 'colon-in-value' | 'missing-colon' | 'too-far' | 'too-little' | 'no-dash' | 'other';

export interface YamlMistake {
  kind: MistakeKind;
  range: Range;
  /** The values its message needs: key, value, sibling (the key it lines up with), column, code. */
  params: Record<string, string>;
  fix?: Fix;
}

/** A problem `yaml` reported: its code and the offset it starts at. */
export interface ParserError {
  code: string;
  offset: number;
}

/** How many mistakes one file is explained with; after that its first remaining error is said as it is. */
const MAX_MISTAKES = 10;

/**
 * The mistakes of TEXT, one each, in order; PARSE reads a text again and returns its errors
 * (the caller's `yaml` with the same options).
 */
export function findMistakes(text: string, errors: readonly ParserError[], parse: (text: string) => ParserError[]): YamlMistake[] {
  const found: YamlMistake[] = [];
  let current = text;
  let pending = errors;
  while (pending.length && found.length < MAX_MISTAKES) {
    const first = pending.reduce((a, b) => (b.offset < a.offset ? b : a));
    const lines = current.split('\n');
    const mistake = explain(lines, lineOf(current, first.offset), first.code, parse) ?? other(current, first);
    const placed = inside(mistake, text);
    // A fix that did not take it away: said once, not again for every round.
    if (found.some((f) => f.kind === placed.kind && sameRange(f.range, placed.range))) break;
    found.push(placed);
    if (!mistake.fix) break;
    current = applyFix(lines, mistake.fix);
    pending = parse(current);
  }
  return found;
}

interface Line {
  text: string;
  indent: number;
  /** Column (0-based) where the line's own content starts, after a list dash. */
  body: number;
  dash: boolean;
  key?: string;
  /** The value after `key:`, trimmed of a comment; '' when the key opens a block. */
  value?: string;
  valueAt?: number;
  blank: boolean;
}

function parseLine(text: string): Line {
  const t = text.replace(/\r$/, '');
  const indent = t.length - t.replace(/^ */, '').length;
  let body = indent;
  let dash = false;
  while (t.startsWith('- ', body) || (t[body] === '-' && body === t.length - 1)) {
    dash = true;
    body += 2;
    while (t[body] === ' ') body++;
  }
  const rest = t.slice(body);
  const blank = rest.trim() === '' || rest.trimStart().startsWith('#');
  const line: Line = { text: t, indent, body, dash, blank };
  const m = /^([^\s:#"'{[!&*|>-][^:#]*?|"[^"]*"|'[^']*'):(?=\s|$)/.exec(rest);
  if (m) {
    line.key = m[1]!.replace(/^["']|["']$/g, '');
    const after = rest.slice(m[0].length);
    const lead = after.length - after.trimStart().length;
    line.value = stripComment(after.trimStart()).trimEnd();
    line.valueAt = body + m[0].length + lead;
  }
  return line;
}

const stripComment = (v: string) => (/^["']/.test(v) ? v : v.replace(/(^|\s)#.*$/, ''));
const opensBlock = (l: Line) => l.key !== undefined && (l.value === '' || /^[|>][-+0-9]*$/.test(l.value ?? ''));

/** Which lines are the text of a block scalar (| or >): not YAML structure. */
function blockLines(lines: Line[]): boolean[] {
  const inBlock = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!/^[|>][-+0-9]*$/.test(l.value ?? '')) continue;
    for (let j = i + 1; j < lines.length && (lines[j]!.text.trim() === '' || lines[j]!.indent > l.indent); j++) inBlock[j] = true;
  }
  return inBlock;
}

/** The mistake on or just above line ERROR_LINE (0-based), where the parser stopped; undefined if none is recognised. */
function explain(raw: string[], errorLine: number, code: string, parse: (text: string) => ParserError[]): YamlMistake | undefined {
  const lines = raw.map(parseLine);
  const inBlock = blockLines(lines);
  const tab = raw.findIndex((t) => /^[ -]*\t/.test(t));
  if (tab !== -1 && (code === 'TAB_AS_INDENT' || tab <= errorLine + 1)) return tabMistake(raw, tab, parse);
  // A pasted non-breaking space is text to YAML, not a space: the parser stops a line or more away.
  const nbsp = raw.findIndex((t, i) => !inBlock[i] && NBSP_IN_STRUCTURE.test(t));
  if (nbsp !== -1 && nbsp <= errorLine + 3) return nbspMistake(raw[nbsp]!, nbsp);
  // A comment that swallowed a closing bracket: the lines after it only look wrong.
  for (let i = Math.max(0, errorLine - 3); i <= errorLine + 1 && i < lines.length; i++) {
    const m = inBlock[i] ? undefined : commentInFlow(lines[i]!, i);
    if (m) return m;
  }
  // A new item's first key at its list's dash column: the lines after it look indented too far, but the dash is what is missing.
  for (let i = Math.max(0, errorLine - 3); i <= errorLine + 1 && i < lines.length; i++) {
    const l = lines[i]!;
    const m = inBlock[i] || l.blank || l.key === undefined ? undefined : noDash(l, i, previous(lines, i, inBlock), lines, inBlock);
    if (m) return m;
  }
  // The parser stops on the mistake's line, or on the value just before it (a key indented too far).
  for (let i = Math.min(errorLine + 1, lines.length - 1); i >= 0 && i >= errorLine - 3; i--) {
    if (inBlock[i] || lines[i]!.blank) continue;
    const m = onLine(lines, i, inBlock);
    if (m) return m;
  }
  // A quote left open swallows the lines after it: the parser stops at the end of the text.
  for (let i = 0; i <= errorLine && i < lines.length; i++) {
    if (!inBlock[i] && !lines[i]!.blank) {
      const m = unclosedQuote(lines[i]!, i);
      if (m) return m;
    }
  }
  return undefined;
}

function onLine(lines: Line[], i: number, inBlock: boolean[]): YamlMistake | undefined {
  const l = lines[i]!;
  const prev = previous(lines, i, inBlock);
  return unclosedQuote(l, i) ?? missingSpace(l, i) ?? colonInValue(l, i) ?? noDash(l, i, prev, lines, inBlock) ?? missingColon(l, i, prev, lines, inBlock) ?? indentation(l, i, prev, lines, inBlock);
}

function previous(lines: Line[], i: number, inBlock: boolean[]): { line: Line; at: number } | undefined {
  for (let j = i - 1; j >= 0; j--) if (!inBlock[j] && !lines[j]!.blank) return { line: lines[j]!, at: j };
  return undefined;
}

const at = (line: number, from: number, to = from + 1): Range => ({ start: { line: line + 1, column: from + 1 }, end: { line: line + 1, column: to + 1 } });
const insert = (line: number, col: number, text: string): Fix => ({ range: at(line, col, col), text });
/** V as a quoted YAML scalar: in single quotes when it holds a double quote (easier to read than \"), else in double quotes. */
const quoted = (v: string) => (v.includes('"') ? `'${v.replace(/'/g, "''")}'` : `"${v.replace(/\\/g, '\\\\')}"`);

/**
 * A tab in the indentation. A tab is as wide as the editor shows it, so the column meant is not
 * known: each likely one (the tab at 8, 4 or 2 columns, or a column a key above stands at) is
 * tried, and the one with which the text reads furthest is the fix.
 */
function tabMistake(raw: string[], i: number, parse: (text: string) => ParserError[]): YamlMistake {
  const t = raw[i]!;
  const col = t.indexOf('\t');
  const lead = /^[ \t]*/.exec(t)![0];
  const key = parseLine(t.slice(lead.length)).key;
  if (!lead.includes('\t')) {
    // After a dash (`-\tname:`): one space is what a dash is followed by.
    const dashLead = /^[ \t-]*/.exec(t)![0];
    return { kind: 'tab', range: at(i, col), params: { column: String(col + 1) }, fix: { range: at(i, 0, dashLead.length), text: dashLead.replace(/\t/g, ' ') } };
  }
  const widths = [8, 4, 2].map((w) => [...lead].reduce((c, ch) => (ch === '\t' ? c + w - (c % w) : c + 1), 0));
  const above = raw
    .slice(0, i)
    .reverse()
    .map(parseLine)
    .filter((l) => !l.blank)
    .map((l) => l.body);
  const candidates = [...new Set([...widths, ...above, ...above.map((c) => c + 2)])];
  const startOfLine = raw.slice(0, i).reduce((n, r) => n + r.length + 1, 0);
  let best = { column: candidates[0]!, reach: -1 };
  for (const c of candidates.slice(0, 12)) {
    const tried = [...raw];
    tried[i] = ' '.repeat(c) + t.slice(lead.length);
    const errors = parse(tried.join('\n'));
    const reach = errors.length ? Math.min(...errors.map((e) => e.offset)) : Infinity;
    // Reading past this line is what counts; a later first error beats an earlier one.
    if (reach > best.reach && (reach === Infinity || reach > startOfLine + tried[i]!.length)) best = { column: c, reach };
    if (reach === Infinity) break;
  }
  const params: Record<string, string> = { column: String(col + 1), target: String(best.column + 1) };
  if (key) params['key'] = key;
  return { kind: 'tab', range: at(i, col), params, fix: { range: at(i, 0, lead.length), text: ' '.repeat(best.column) } };
}

/** A non-breaking space (U+00A0, pasted from a web page or a word processor) in the indentation or after a key's colon. */
const NBSP_IN_STRUCTURE = /^[ -]*\u00a0|^[ -]*[^\s:#"'][^:#"']*:\u00a0/;

function nbspMistake(t: string, i: number): YamlMistake {
  const col = t.indexOf('\u00a0');
  const key = parseLine(t.replace(/\u00a0/g, ' ')).key;
  return { kind: 'nbsp', range: at(i, col), params: { column: String(col + 1), key: key ?? '' }, fix: { range: at(i, col, col + 1), text: ' ' } };
}

function unclosedQuote(l: Line, i: number): YamlMistake | undefined {
  const v = l.key !== undefined ? (l.value ?? '') : l.dash ? l.text.slice(l.body).trim() : '';
  const start = l.key !== undefined ? (l.valueAt ?? 0) : l.body;
  const q = v[0];
  if (q !== '"' && q !== "'") return undefined;
  const inner = v.slice(1);
  const closed = q === '"' ? /(^|[^\\])(\\\\)*"/.test(inner) : /'/.test(inner.replace(/''/g, ''));
  if (closed) return undefined;
  const end = l.text.trimEnd().length;
  return { kind: 'unclosed-quote', range: at(i, start), params: { quote: q }, fix: insert(i, end, q) };
}

/**
 * `- { date: 2022-09-24, venue: ABF-huset #sal 3 }`: after a space, `#` begins a comment, which
 * takes the rest of the line along, the closing bracket too. The value around the `#` is quoted.
 */
function commentInFlow(l: Line, i: number): YamlMistake | undefined {
  const t = l.text;
  const open = t.slice(l.body).search(/^(?:[^#'"]*:\s+)?[{[]/) === 0 ? t.indexOf(t.slice(l.body).match(/[{[]/)?.[0] ?? '{', l.body) : -1;
  if (open === -1) return undefined;
  let quote: string | undefined;
  let depth = 0;
  for (let k = open; k < t.length; k++) {
    const c = t[k]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === '#' && /\s/.test(t[k - 1] ?? '')) {
      if (depth <= 0) return undefined;
      const before = t.slice(0, k);
      const from = Math.max(before.lastIndexOf(': '), before.lastIndexOf(', '), before.lastIndexOf('{'), before.lastIndexOf('[')) + 1;
      const start = from + (/^\s*/.exec(t.slice(from))?.[0].length ?? 0);
      const tail = t.slice(k).search(/\s*(?:,|[}\]]\s*$|$)/);
      const end = tail === -1 ? t.trimEnd().length : k + tail;
      const value = t.slice(start, end);
      return { kind: 'comment-in-flow', range: at(i, k), params: { bracket: t[open]!, value, quoted: quoted(value) }, fix: { range: at(i, start, end), text: quoted(value) } };
    }
  }
  return undefined;
}

function missingSpace(l: Line, i: number): YamlMistake | undefined {
  if (l.key !== undefined) return undefined;
  const rest = l.text.slice(l.body);
  const m = /^([A-Za-z_\u00c0-\u024f][\w\u00c0-\u024f.-]*):(?=[^\s/:])(.*)$/.exec(rest);
  if (!m || /^\/\//.test(m[2]!)) return undefined;
  const colon = l.body + m[1]!.length;
  return { kind: 'missing-space', range: at(i, colon, colon + 1), params: { key: m[1]!, value: m[2]!.trim() }, fix: insert(i, colon + 1, ' ') };
}

function colonInValue(l: Line, i: number): YamlMistake | undefined {
  const v = l.value;
  if (l.key === undefined || !v || /^["'[{|>&*!]/.test(v)) return undefined;
  const inner = v.search(/:(\s|$)/);
  if (inner === -1) return undefined;
  const from = l.valueAt!;
  return {
    kind: 'colon-in-value',
    range: at(i, from + inner, from + inner + 1),
    params: { key: l.key, value: v, quoted: quoted(v) },
    fix: { range: at(i, from, from + v.length), text: quoted(v) },
  };
}

/**
 * A line that stands among list items at their column without their dash: a text item right
 * after one, or the first key of a new item (`id:` where the items above begin `- id:`).
 */
function noDash(l: Line, i: number, prev: { line: Line; at: number } | undefined, lines: Line[], inBlock: boolean[]): YamlMistake | undefined {
  if (l.dash || !prev) return undefined;
  const text = l.text.trim();
  if (l.key === undefined) {
    if (!prev.line.dash || prev.line.indent !== l.indent) return undefined;
    return { kind: 'no-dash', range: at(i, l.indent, l.indent + text.length), params: { value: text }, fix: insert(i, l.indent, '- ') };
  }
  // The item above: the first line back at this column or less, when it is a dash of mapping items.
  let j = i - 1;
  while (j >= 0 && (inBlock[j] || lines[j]!.blank || lines[j]!.indent > l.indent)) j--;
  const item = lines[j];
  if (!item?.dash || item.indent !== l.indent || item.key === undefined) return undefined;
  return { kind: 'no-dash', range: at(i, l.indent, l.indent + l.key.length), params: { value: text, key: l.key }, fix: insert(i, l.indent, '- ') };
}

/** `publisher` on its own line, or `name ABF`: a key without its colon, among keys that have one. */
function missingColon(l: Line, i: number, prev: { line: Line; at: number } | undefined, lines: Line[], inBlock: boolean[]): YamlMistake | undefined {
  if (l.key !== undefined || (l.dash && !/^\S+\s*$/.test(l.text.slice(l.body)))) return undefined;
  const rest = l.text.slice(l.body);
  const m = /^([A-Za-z_\u00c0-\u024f][\w\u00c0-\u024f-]*)(\s+\S.*)?$/.exec(rest.trimEnd());
  if (!m) return undefined;
  const next = lines.findIndex((n, j) => j > i && !inBlock[j] && !n.blank);
  const opensBelow = next !== -1 && lines[next]!.indent > l.body && lines[next]!.key !== undefined;
  const amongKeys = prev !== undefined && (prev.line.key !== undefined || opensBelow) && (prev.line.body === l.body || opensBlock(prev.line));
  if (!opensBelow && !amongKeys) return undefined;
  if (!m[2] && !opensBelow) return undefined;
  const end = l.body + m[1]!.length;
  return { kind: 'missing-colon', range: at(i, l.body, end), params: { key: m[1]! }, fix: insert(i, end, ':') };
}

/** A key deeper than a sibling whose value is on its line (too far), or between two levels (too little). */
function indentation(l: Line, i: number, prev: { line: Line; at: number } | undefined, lines: Line[], inBlock: boolean[]): YamlMistake | undefined {
  if (l.key === undefined || !prev) return undefined;
  const p = prev.line;
  const pKeyCol = p.key !== undefined ? p.body : undefined;
  if (l.indent > p.indent && pKeyCol !== undefined && !opensBlock(p) && !l.dash) {
    return reindent('too-far', l, i, p.key!, pKeyCol);
  }
  if (l.indent < p.body && !l.dash) {
    // The columns keys stand at above: a key must line up with one of them.
    const columns = new Map<number, string>();
    for (let j = i - 1; j >= 0; j--) {
      const o = lines[j]!;
      if (inBlock[j] || o.blank || o.key === undefined) continue;
      if (!columns.has(o.body)) columns.set(o.body, o.key);
      if (o.indent === 0 && !o.dash) break;
    }
    if (columns.has(l.indent)) return undefined;
    const target = [...columns.keys()].filter((c) => c > l.indent).sort((a, b) => a - b)[0] ?? [...columns.keys()].sort((a, b) => b - a)[0];
    if (target === undefined) return undefined;
    return reindent('too-little', l, i, columns.get(target)!, target);
  }
  return undefined;
}

function reindent(kind: 'too-far' | 'too-little', l: Line, i: number, sibling: string, column: number): YamlMistake {
  return {
    kind,
    range: at(i, l.indent, l.indent + l.key!.length),
    params: { key: l.key!, sibling, column: String(column + 1) },
    fix: { range: at(i, 0, l.indent), text: ' '.repeat(column) },
  };
}

/** What the parser said, at its place, when the mistake is none of the common ones. */
function other(text: string, e: ParserError): YamlMistake {
  const line = lineOf(text, e.offset);
  const col = e.offset - (text.lastIndexOf('\n', e.offset - 1) + 1);
  return { kind: 'other', range: at(line, col), params: { code: e.code } };
}

function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function applyFix(lines: string[], fix: Fix): string {
  const copy = [...lines];
  const { start, end } = fix.range;
  const row = copy[start.line - 1] ?? '';
  copy[start.line - 1] = row.slice(0, start.column - 1) + fix.text + row.slice(end.line === start.line ? end.column - 1 : row.length);
  return copy.join('\n');
}

/** The mistake in English, for the Diagnostic's own message (the catalogue words it in the run's language). */
export function englishOf(m: YamlMistake): string {
  const p = m.params;
  switch (m.kind) {
    case 'tab':
      return `A tab is used for indentation (column ${p['column']}); indent with spaces.`;
    case 'nbsp':
      return `A non-breaking space (column ${p['column']}) stands where YAML needs an ordinary space.`;
    case 'unclosed-quote':
      return `The quote ${p['quote']} opened here is never closed.`;
    case 'comment-in-flow':
      return `\`#\` starts a comment in YAML: the rest of the line is not read, and the \`${p['bracket']}\` is never closed.`;
    case 'missing-space':
      return `A space is missing after the colon of \`${p['key']}:\`.`;
    case 'colon-in-value':
      return `The text of \`${p['key']}\` contains ": " and must be quoted.`;
    case 'missing-colon':
      return `The colon after \`${p['key']}\` is missing.`;
    case 'too-far':
      return `\`${p['key']}\` is indented too far; line it up with \`${p['sibling']}\` (column ${p['column']}).`;
    case 'too-little':
      return `\`${p['key']}\` is indented too little; line it up with \`${p['sibling']}\` (column ${p['column']}).`;
    case 'no-dash':
      return 'This list item has no dash (- ).';
    default:
      return `YAML syntax error (${p['code']}).`;
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column;
}

/** The range kept inside its line of TEXT (a mistake on an empty or short line). */
function inside(m: YamlMistake, text: string): YamlMistake {
  const lines = text.split('\n');
  const clamp = (p: { line: number; column: number }) => {
    const line = Math.min(Math.max(p.line, 1), lines.length);
    return { line, column: Math.min(Math.max(p.column, 1), (lines[line - 1]?.replace(/\r$/, '').length ?? 0) + 1) };
  };
  const start = clamp(m.range.start);
  let end = clamp(m.range.end);
  if (end.line === start.line && end.column <= start.column) end = { line: start.line, column: Math.min(start.column + 1, (lines[start.line - 1]?.replace(/\r$/, '').length ?? 0) + 1) };
  return { ...m, range: { start, end } };
}
