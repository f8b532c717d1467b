import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Position, Range } from '../diagnostics/diagnostic.js';

export type PathSegment = string | number;

/** Which part of a node a range should cover. */
export type NodePart =
  /** the value (scalars whole; collections only their first line) */
  | 'value'
  /** the key of the pair that holds the value (falls back to the value) */
  | 'key';

/** Splits an ajv `instancePath` (a JSON Pointer) into path segments. */
export function pointerToPath(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Maps paths in the plan object back to places in the YAML text, so that every value can be
 * traced to its file, line and column. Built on the `yaml` package's CST ranges and LineCounter.
 */
export class SourceMap {
  private readonly keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document | undefined,
    private readonly lineCounter: LineCounter,
    private readonly text: string,
  ) {}

  /** 1-based position of a character offset. */
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const { line, col } = this.lineCounter.linePos(clamped);
    return { line, column: col };
  }

  rangeFromOffsets(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /**
   * The range of the value at `path`, or of its key. When the path does not exist (a missing
   * property), the deepest existing ancestor is used, which is the mapping that lacks it.
   */
  rangeOf(path: readonly PathSegment[], part: NodePart = 'value'): Range {
    const found = this.find(path);
    if (!found) return this.rangeFromOffsets(0, 0);
    const target = part === 'key' && found.key && found.exact ? found.key : found.node;
    const r = target?.range;
    if (!r) return this.rangeFromOffsets(0, 0);
    if (isMap(target) || isSeq(target)) return this.firstLine(r[0], r[1]);
    return this.rangeFromOffsets(r[0], r[1]);
  }

  /** Whether `path` exists in the document. */
  has(path: readonly PathSegment[]): boolean {
    return this.find(path)?.exact ?? false;
  }

  private firstLine(start: number, end: number): Range {
    const nl = this.text.indexOf('\n', start);
    const stop = nl === -1 || nl > end ? end : nl;
    const trimmed = this.text.slice(start, stop).replace(/\s+$/, '');
    return this.rangeFromOffsets(start, start + trimmed.length);
  }

  /**
   * A mapping's pairs by key name (the first of equal keys), built once per mapping: looking each
   * path up by scanning made a plan with many unknown keys quadratic (16 000 keys: 4 s).
   */
  private keysOf(node: YAMLMap): Map<string, Pair> {
    let index = this.keyIndex.get(node);
    if (!index) {
      index = new Map();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as Node | null;
        if (!isScalar(k)) continue;
        const name = String(k.value);
        if (!index.has(name)) index.set(name, pair as Pair);
      }
      this.keyIndex.set(node, index);
    }
    return index;
  }

  private find(path: readonly PathSegment[]): { node: Node | undefined; key?: Node; exact: boolean } | undefined {
    if (!this.doc) return undefined;
    let node = this.doc.contents as Node | null;
    let key: Node | undefined;
    if (!node) return undefined;
    for (const seg of path) {
      let next: Node | undefined;
      let nextKey: Node | undefined;
      if (isMap(node)) {
        const pair = this.keysOf(node).get(String(seg));
        if (pair) {
          const k = pair.key as Node | null;
          next = (pair.value as Node | null) ?? k ?? undefined;
          nextKey = k ?? undefined;
        }
      } else if (isSeq(node) && typeof seg !== 'symbol') {
        const idx = typeof seg === 'number' ? seg : Number(seg);
        const item = Number.isInteger(idx) ? node.items[idx] : undefined;
        next = (item as Node | null) ?? undefined;
      }
      if (!next) return { node, key, exact: false };
      node = next;
      key = nextKey;
    }
    return { node, key, exact: true };
  }
}
