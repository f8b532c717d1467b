import fc from 'fast-check';

/**
 * Mutated study plans for the fuzz test (tests/unit/fuzz.test.ts, short) and scripts/fuzz.mjs
 * (long): a seed plan with a few of the edits people and tools make by mistake — keys renamed,
 * values retyped, lines dropped or duplicated, indentation shifted, random bytes. Shared by both
 * so that a long-run failure can be replayed in the test with its seed and path.
 * Plain TypeScript without imports from src/, so that the script can transpile it on its own.
 */
export type Mutation =
  | { kind: 'rename-key'; at: number; to: string }
  | { kind: 'retype-value'; at: number; to: string }
  | { kind: 'drop-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'shift-indent'; at: number; by: number }
  | { kind: 'insert-text'; at: number; text: string }
  | { kind: 'random-bytes'; at: number; bytes: number[] }
  | { kind: 'truncate'; at: number };

/** Values of other types than a field expects: the retyped value of a `key: value` line. */
const VALUES = [
  '',
  '~',
  'null',
  'true',
  'no',
  '0',
  '-1',
  '1e309',
  '.nan',
  '2022-13-45',
  '2022-02-30',
  "'09:75'",
  '[]',
  '{}',
  '[1, [2, [3]]]',
  '{a: {b: c}}',
  '|',
  '>-',
  '&a x',
  '*a',
  '*undefined',
  '!!binary aGVq',
  '"\\u0000"',
  "'",
  '"',
  '- x',
  'x: y',
  '#',
  '@',
  '`',
  '%',
  '? x',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'https://',
  'mailto:',
  '\u202Ex',
  '\u200B',
  'å'.repeat(200),
];
const KEYS = ['', 'title', 'titel', 'sections', 'kind', 'courses', 'id', '-', '? ', '"', "'x'", '<<', 'a b', '1', '~', 'ö', '__proto__', 'constructor', 'toString', '$ref'];

const text = fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }));

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('rename-key' as const), at: fc.nat(), to: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 10 })) }),
  fc.record({ kind: fc.constant('retype-value' as const), at: fc.nat(), to: text }),
  fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('shift-indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('insert-text' as const), at: fc.nat(), text }),
  fc.record({ kind: fc.constant('random-bytes' as const), at: fc.nat(), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** One to five mutations of one of the seeds. */
export function mutatedPlanArbitrary(seedCount: number): fc.Arbitrary<{ seed: number; mutations: Mutation[] }> {
  return fc.record({ seed: fc.nat({ max: seedCount - 1 }), mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 5 }) });
}

/** Applies the mutations in order; bytes once random bytes are in (they may not be UTF-8). */
export function applyMutations(seed: string, mutations: readonly Mutation[]): string | Uint8Array {
  let bytes: Uint8Array | undefined;
  let lines = seed.split('\n');
  for (const m of mutations) {
    if (bytes) {
      // After random bytes the file is no longer text: later edits work on bytes too.
      const at = m.at % (bytes.length + 1);
      if (m.kind === 'random-bytes') bytes = concat(bytes.subarray(0, at), Uint8Array.from(m.bytes), bytes.subarray(at));
      else if (m.kind === 'truncate') bytes = bytes.subarray(0, at);
      else if (m.kind === 'drop-line') bytes = concat(bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + 16)));
      continue;
    }
    const i = lines.length ? m.at % lines.length : 0;
    const line = lines[i] ?? '';
    switch (m.kind) {
      case 'rename-key':
        lines[i] = line.replace(/^(\s*(?:- )?)([^:#\s][^:#]*?)(\s*:)/, (_all, pre: string, _key: string, colon: string) => `${pre}${m.to}${colon}`);
        break;
      case 'retype-value':
        lines[i] = /:\s/.test(line) ? line.replace(/(:\s+).*$/, (_all, sep: string) => `${sep}${m.to}`) : `${line.replace(/\S.*$/, '')}${m.to}`;
        break;
      case 'drop-line':
        lines.splice(i, 1);
        break;
      case 'duplicate-line':
        lines.splice(i, 0, line);
        break;
      case 'shift-indent':
        lines[i] = m.by >= 0 ? `${' '.repeat(m.by)}${line}` : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
        break;
      case 'insert-text': {
        const col = line.length ? m.at % (line.length + 1) : 0;
        lines[i] = `${line.slice(0, col)}${m.text}${line.slice(col)}`;
        break;
      }
      case 'truncate':
        lines = lines.slice(0, i + 1);
        lines[i] = line.slice(0, m.at % (line.length + 1));
        break;
      case 'random-bytes': {
        const encoded = new TextEncoder().encode(lines.join('\n'));
        const at = m.at % (encoded.length + 1);
        bytes = concat(encoded.subarray(0, at), Uint8Array.from(m.bytes), encoded.subarray(at));
        break;
      }
    }
  }
  return bytes ?? lines.join('\n');
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

interface Positioned {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
}

/**
 * What is wrong with the diagnostics of INPUT, or undefined: every position must lie inside the
 * file as a reader decodes it (1 ≤ line ≤ lines, 1 ≤ column ≤ line length + 1), and end ≥ start.
 */
export function positionProblem(input: string | Uint8Array, diagnostics: readonly Positioned[]): string | undefined {
  const decoded = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  const lines = decoded.replace(/^\uFEFF/, '').split('\n');
  const inside = (line: number, column: number) => Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  for (const d of diagnostics) {
    const where = `${d.ruleId} at ${d.line}:${d.column}-${d.endLine}:${d.endColumn} (${lines.length} lines)`;
    if (!inside(d.line, d.column)) return `start outside the file: ${where}`;
    if (!inside(d.endLine, d.endColumn)) return `end outside the file: ${where}`;
    if (d.endLine < d.line || (d.endLine === d.line && d.endColumn < d.column)) return `end before start: ${where}`;
  }
  return undefined;
}
