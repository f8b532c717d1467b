import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { RunError } from '../errors/run-error.js';
import { inputRoot, readInputSync } from '../files/safe-read.js';
import { MAX_DEPTH, MAX_PLAN_BYTES } from './limits.js';
import { readWithEvents } from './read-events.js';
import { SourceMap } from './source-map.js';
import { readWithYaml } from './read-yaml.js';
import { decode } from './decode.js';

export { MAX_DEPTH, MAX_PLAN_BYTES };

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

export interface LoadOptions {
  /**
   * The project folder: a plan whose path is inside it must really lie inside it (no link out of
   * it is followed); a plan named outside it must lie in its own folder. Default: the working folder.
   */
  root?: string;
}

/**
 * Reads a plan file. Throws `RunError` only when the file itself cannot be read, or is no regular
 * file, or is a link out of the project (src/files/safe-read.ts). The reads are
 * synchronous: a plan is a few kB, and awaiting a stat and a read per plan left the thread idle
 * for about a millisecond each (a sixth of a 300-plan lint). `loadPlan` is the same as a promise.
 */
export function loadPlanSync(file: string, options: LoadOptions = {}): LoadedPlan {
  let bytes: Buffer;
  try {
    bytes = readInputSync(file, { root: inputRoot(file, options.root ?? process.cwd()), limit: MAX_PLAN_BYTES });
  } catch (e) {
    // Over the size limit is a finding in the plan (yaml/too-large), unread; a folder the error it always was.
    if (e instanceof RunError && e.code === 'input/too-large') return tooLarge(file, Number(e.params?.['size']));
    if (e instanceof RunError && e.code === 'input/not-a-file' && e.params?.['type'] === 'folder') throw new RunError('io/directory', { file, command: 'lint' });
    throw e;
  }
  return parsePlan(bytes, file);
}

export async function loadPlan(file: string, options: LoadOptions = {}): Promise<LoadedPlan> {
  return loadPlanSync(file, options);
}

export interface ParseOptions {
  /**
   * Read plain plans with the quick reader (read-events.ts); default true. False reads every
   * plan with `yaml`, as the quick reader's tests do.
   */
  quick?: boolean;
}

/** Parses plan text or bytes; never throws for anything a user can write. */
export function parsePlan(input: string | Uint8Array, file: string, options: ParseOptions = {}): LoadedPlan {
  const lineStarts = [0];
  // Text too (the language server's documents): a 4 MB document cost 20 s and 2 GB before this.
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_PLAN_BYTES) return tooLarge(file, size);
  const decoded = typeof input === 'string' ? { text: input } : decode(input);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if ('problem' in decoded && decoded.problem) {
    const map = new SourceMap(undefined, lineStarts, text);
    return { file, text, data: undefined, sourceMap: map, diagnostics: [decoded.problem(file, text)] };
  }

  const depthProblem = scanText(text, lineStarts);
  if (depthProblem !== undefined) {
    const map = new SourceMap(undefined, lineStarts, text);
    const range = map.rangeFromOffsets(depthProblem, depthProblem + 1);
    return {
      file,
      text,
      data: undefined,
      sourceMap: map,
      diagnostics: [
        diagnostic(file, range, 'error', 'yaml/too-deep', `The plan nests deeper than ${MAX_DEPTH} levels.`, 'A study plan needs only a few levels; check the indentation and brackets here.'),
      ],
    };
  }

  const quick = options.quick === false ? undefined : readWithEvents(text);
  if (quick) {
    const map = new SourceMap(quick.locator, lineStarts, text);
    return { file, text, data: quick.data, sourceMap: map, diagnostics: nonFinite(quick.data, file, map) };
  }

  const { data, locator, diagnostics } = readWithYaml(text, file, new SourceMap(undefined, lineStarts, text));
  const map = new SourceMap(locator, lineStarts, text);
  diagnostics.push(...nonFinite(data, file, map));
  if (data == null && diagnostics.length === 0) {
    diagnostics.push(diagnostic(file, FILE_START, 'error', 'plan/empty', 'The plan is empty.', 'Start from `studyplan new NAME`, or copy an existing plan.'));
  }
  return { file, text, data, sourceMap: map, diagnostics };
}

/**
 * `.inf`, `-.inf` and `.nan` are numbers to both YAML readers, and ajv's `integer` accepts
 * Infinity ("Infinity platser" in the booklet); no field of a plan means them.
 */
function nonFinite(data: unknown, file: string, map: SourceMap): Diagnostic[] {
  const found: Diagnostic[] = [];
  // One path array, extended and shortened on the way: every node of every plan is visited.
  const path: (string | number)[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      const shown = Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
      const d = diagnostic(file, map.rangeOf([...path]), 'error', 'yaml/not-finite', `${shown} is not a number a plan can use.`, 'Write a finite number, or remove the value.');
      d.params = { value: shown };
      found.push(d);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const k of Object.keys(value)) {
        path.push(k);
        walk((value as Record<string, unknown>)[k]);
        path.pop();
      }
    }
  };
  walk(data);
  return found;
}

/**
 * Notes each line start after the first in LINESTARTS, and returns the offset of the first place nested deeper than
 * MAX_DEPTH in flow brackets (anywhere), else of the first line indented (spaces and dashes)
 * deeper than MAX_DEPTH * 8. Lint reads hundreds of plans, so the common case stays on indexOf:
 * bracket depth is only followed when there are enough opening brackets to exceed it.
 */
function scanText(text: string, lineStarts: number[]): number | undefined {
  let tooIndented: number | undefined;
  for (let start = 0; ;) {
    if (start > 0) lineStarts.push(start);
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
  // Rounded up, so that a file just over the limit never reads as the limit itself ("1.0 MB").
  const mb = (n: number) => (Math.ceil((n / 1024 / 1024) * 10) / 10).toFixed(1);
  return {
    file,
    text: '',
    data: undefined,
    sourceMap: new SourceMap(undefined, [0], ''),
    diagnostics: [
      diagnostic(
        file,
        FILE_START,
        'error',
        'yaml/too-large',
        `The file is ${mb(size)} MB; plans may be at most ${mb(MAX_PLAN_BYTES)} MB.`,
        'Is this really a study plan? Split very large content into several plans.',
      ),
    ],
  };
}
