import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLMap } from 'yaml';
import { diagnostic, FILE_START, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import { RunError } from '../errors/run-error.js';
import { MAX_ALIAS_COUNT, MAX_DEPTH, MAX_PLAN_BYTES } from './limits.js';
import { SourceMap } from './source-map.js';

export { MAX_ALIAS_COUNT, MAX_DEPTH, MAX_PLAN_BYTES };

export interface LoadedPlan {
  file: string;
  /** The decoded text, without a byte order mark. */
  text: string;
  /** The plain JavaScript value of the document; `undefined` when it could not be read. */
  data: unknown;
  sourceMap: SourceMap;
  /** Problems found while reading: encoding, YAML syntax, duplicate keys, limits. */
  diagnostics: Diagnostic[];
}

/** Reads a plan file. Throws `RunError` only when the file itself cannot be read. */
export async function loadPlan(file: string): Promise<LoadedPlan> {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    throw fileError(file, e);
  }
  const early = beforeRead(file, info);
  if (early) return early;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw fileError(file, e);
  }
  return parsePlan(bytes, file);
}

/**
 * `loadPlan` with synchronous reads, for lint's loop over many plans: awaiting a stat and a read
 * per plan left the thread idle for about a millisecond each (a sixth of a 300-plan lint).
 */
export function loadPlanSync(file: string): LoadedPlan {
  let info;
  try {
    info = statSync(file);
  } catch (e) {
    throw fileError(file, e);
  }
  const early = beforeRead(file, info);
  if (early) return early;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw fileError(file, e);
  }
  return parsePlan(bytes, file);
}

/** A folder is a RunError; a file over the limit is a diagnostic without reading it. */
function beforeRead(file: string, info: Stats): LoadedPlan | undefined {
  if (info.isDirectory()) throw new RunError(`${file}: is a directory, not a plan file`, 'Give the path of a .yaml file, or the folder to lint all plans in it.', 'io/directory');
  if (info.size > MAX_PLAN_BYTES) return tooLarge(file, info.size);
  return undefined;
}

/** Parses plan text or bytes; never throws for anything a user can write. */
export function parsePlan(input: string | Uint8Array, file: string): LoadedPlan {
  const lineCounter = new LineCounter();
  if (typeof input !== 'string' && input.byteLength > MAX_PLAN_BYTES) return tooLarge(file, input.byteLength);
  const decoded = typeof input === 'string' ? { text: input } : decode(input);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if ('problem' in decoded && decoded.problem) {
    lineCounter.addNewLine(0);
    const map = new SourceMap(undefined, lineCounter, text);
    return { file, text, data: undefined, sourceMap: map, diagnostics: [decoded.problem(file, text)] };
  }

  const depthProblem = scanText(text, lineCounter);
  if (depthProblem !== undefined) {
    const map = new SourceMap(undefined, lineCounter, text);
    const range = map.rangeFromOffsets(depthProblem, depthProblem + 1);
    return {
      file, text, data: undefined, sourceMap: map,
      diagnostics: [diagnostic(file, range, 'error', 'yaml/too-deep', `The plan nests deeper than ${MAX_DEPTH} levels.`, 'A study plan needs only a few levels; check the indentation and brackets here.')],
    };
  }

  // yaml's own unique-key check compares each key with every earlier one (quadratic: 32 000 keys
  // took 50 s); duplicateKeys below does the same check with a set.
  // Lines are counted from the text, not by the parser: after a syntax error the parser skips
  // the newlines inside the tokens it gives up on, which put later positions past their line's end.
  // logLevel error: yaml's warnings would go to process.emitWarning, i.e. the user's terminal.
  const doc = withQuickEnv(() => parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'error' }));
  const map = new SourceMap(doc, lineCounter, text);
  const duplicates = duplicateKeys(doc);
  const diagnostics: Diagnostic[] = [
    ...[...doc.errors, ...duplicates].sort((a, b) => a.pos[0] - b.pos[0]).map((e) => yamlDiagnostic(file, map, e, 'error')),
    ...doc.warnings.map((e) => yamlDiagnostic(file, map, e, 'warning')),
  ];
  let data: unknown;
  if (!doc.errors.length && !duplicates.length) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const aliasBomb = /alias/i.test(String((e as Error).message));
      diagnostics.push(
        diagnostic(file, aliasBomb ? firstAlias(doc, map) : FILE_START, 'error', aliasBomb ? 'yaml/alias-limit' : 'yaml/syntax',
          aliasBomb ? `The plan expands aliases more than ${MAX_ALIAS_COUNT} times.` : `The YAML could not be read: ${(e as Error).message}`,
          aliasBomb ? 'Write the values out instead of repeating them through aliases (*name).' : undefined),
      );
    }
  }
  if (!doc.errors.length && data == null && diagnostics.length === 0) {
    diagnostics.push(diagnostic(file, FILE_START, 'error', 'plan/empty', 'The plan is empty.', 'Start from `studyplan new NAME`, or copy an existing plan.'));
  }
  return { file, text, data, sourceMap: map, diagnostics };
}

/**
 * Runs FN with `process.env` a plain object holding only yaml's two debug switches. yaml's parser
 * reads `process.env.LOG_TOKENS` for every token, and process.env is a call into node (under a
 * lock shared by all threads): a sixth of the parse time in one thread, and lint's threads
 * waited for each other. FN is synchronous, so nothing else runs meanwhile; the real env is
 * always put back.
 */
function withQuickEnv<T>(fn: () => T): T {
  const env = process.env;
  process.env = { LOG_TOKENS: env['LOG_TOKENS'], LOG_STREAM: env['LOG_STREAM'] };
  try {
    return fn();
  } finally {
    process.env = env;
  }
}

/** Where the first alias (*name) stands: the place to start undoing an alias bomb. */
function firstAlias(doc: Document, map: SourceMap): Range {
  let range: Range = FILE_START;
  visit(doc, {
    Alias(_key, node) {
      const [start, end] = node.range ?? [0, 0];
      range = map.rangeFromOffsets(start, end);
      return visit.BREAK;
    },
  });
  return range;
}

/**
 * A second key equal to an earlier one in the same mapping (as yaml's uniqueKeys, in linear time),
 * and keys that are lists or mappings (which the plain JavaScript value would turn into text).
 */
function duplicateKeys(doc: Document): YamlProblem[] {
  const found: YamlProblem[] = [];
  // A plain recursive walk in yaml's visit order (a mapping, then each key and value; a list's
  // items): visit() cost three times as much, and lint reads hundreds of plans.
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      checkMap(node);
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    }
  };
  const checkMap = (node: YAMLMap): void => {
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      // A list or mapping as a key ("? [a]", "{a: 1}: x") has no place in a plan.
      if (isCollection(pair.key)) {
        const [start, end] = pair.key.range ?? [0, 0];
        found.push({ code: 'BAD_KEY', message: 'A key must be a name, not a list or mapping', pos: [start, Math.max(start + 1, Math.min(end, start + 80))] });
        continue;
      }
      // Only scalar keys can be equal: yaml compares other keys by identity.
      if (!isScalar(pair.key)) continue;
      const value = pair.key.value;
      if (seen.has(value)) {
        const start = pair.key.range?.[0] ?? 0;
        found.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [start, start + 1] });
      } else seen.add(value);
    }
  };
  walk(doc.contents);
  return found;
}

/** A problem yaml reports, or one of ours in the same shape. */
type YamlProblem = { code: string; message: string; pos: [number, number] };

const YAML_RULES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml/duplicate-key',
  TAB_AS_INDENT: 'yaml/tab-indent',
  MULTIPLE_DOCS: 'yaml/multiple-documents',
  ALIAS_PROPS: 'yaml/alias',
  BAD_ALIAS: 'yaml/alias',
};

function yamlDiagnostic(file: string, map: SourceMap, e: YamlProblem, severity: 'error' | 'warning'): Diagnostic {
  const [start, end] = e.pos;
  const ruleId = YAML_RULES[e.code] ?? 'yaml/syntax';
  const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return diagnostic(file, map.rangeFromOffsets(start, end), severity, ruleId, message, YAML_HINTS[ruleId]);
}

const YAML_HINTS: Record<string, string> = {
  'yaml/duplicate-key': 'Each key may appear once in a mapping; remove or rename one of them.',
  'yaml/tab-indent': 'Indent with spaces, not tabs.',
  'yaml/multiple-documents': 'A plan file holds one document: remove the `---` line, or split the file.',
};

type Decoded = { text: string; problem?: (file: string, text: string) => Diagnostic };

function decode(bytes: Uint8Array): Decoded {
  const head = bytes.subarray(0, 8192);
  const nul = head.indexOf(0);
  if (nul !== -1) {
    return { text: '', problem: (file) => diagnostic(file, FILE_START, 'error', 'yaml/encoding', 'The file is binary data, not a YAML text file.', 'Save the plan as plain text (UTF-8).') };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const line = prefix.split('\n').length;
    const column = prefix.length - prefix.lastIndexOf('\n');
    return {
      text: prefix,
      problem: (file) =>
        diagnostic(file, { start: { line, column }, end: { line, column: column + 1 } }, 'error', 'yaml/encoding',
          `The file is not UTF-8 (byte 0x${bytes[bad]!.toString(16).toUpperCase()} at line ${line}); it looks like Latin-1 or Windows-1252.`,
          'Save the file as UTF-8 in your editor ("Save with encoding" → UTF-8).'),
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the longest valid prefix; cut points inside a sequence are tolerated by `stream`.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return Math.min(lo, bytes.length - 1);
}

/**
 * Notes each line start in LC, and returns the offset of the first place nested deeper than
 * MAX_DEPTH in flow brackets (anywhere), else of the first line indented (spaces and dashes)
 * deeper than MAX_DEPTH * 8. Lint reads hundreds of plans, so the common case stays on indexOf:
 * bracket depth is only followed when there are enough opening brackets to exceed it.
 */
function scanText(text: string, lc: LineCounter): number | undefined {
  let tooIndented: number | undefined;
  for (let start = 0; ; ) {
    lc.addNewLine(start);
    if (tooIndented === undefined) {
      let end = start;
      while (end - start <= MAX_DEPTH * 8 && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x2d)) end++;
      if (end - start > MAX_DEPTH * 8) tooIndented = start;
    }
    const nl = text.indexOf('\n', start);
    if (nl === -1) break;
    start = nl + 1;
  }
  if (count(text, '[') + count(text, '{') <= MAX_DEPTH) return tooIndented;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return tooIndented;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

function tooLarge(file: string, size: number): LoadedPlan {
  const lc = new LineCounter();
  lc.addNewLine(0);
  // Rounded up, so that a file just over the limit never reads as the limit itself ("1.0 MB").
  const mb = (n: number) => (Math.ceil((n / 1024 / 1024) * 10) / 10).toFixed(1);
  return {
    file, text: '', data: undefined, sourceMap: new SourceMap(undefined, lc, ''),
    diagnostics: [diagnostic(file, FILE_START, 'error', 'yaml/too-large', `The file is ${mb(size)} MB; plans may be at most ${mb(MAX_PLAN_BYTES)} MB.`, 'Is this really a study plan? Split very large content into several plans.')],
  };
}

function fileError(file: string, e: unknown): RunError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new RunError(`${file}: no such file or folder`, undefined, 'io/missing');
  if (code === 'EACCES' || code === 'EPERM') return new RunError(`${file}: permission denied`, undefined, 'io/permission');
  if (code === 'EISDIR') return new RunError(`${file}: is a directory, not a plan file`, undefined, 'io/directory');
  return new RunError(`${file}: cannot be read (${code ?? (e as Error).message})`, undefined, 'io/read');
}
