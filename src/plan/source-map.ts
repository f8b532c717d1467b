import type { Position, Range } from '../diagnostics/diagnostic.js';

export type PathSegment = string | number;

/** Which part of a node a range should cover. */
export type NodePart =
  /** the value (scalars whole; collections only their first line) */
  | 'value'
  /** the key of the pair that holds the value (falls back to the value) */
  | 'key';

/** Where a node stands in the text: offsets, as the `yaml` package gives a node's range. */
export interface Span {
  start: number;
  end: number;
  /** A mapping or list: a range shows only its first line. */
  collection: boolean;
}

/** The node at a path (or the deepest existing ancestor, `exact: false`), and the key that holds it. */
export interface Located {
  node: Span;
  key?: Span;
  exact: boolean;
}

/** Finds the node at a path in one parsed document; one implementation per parser. */
export interface NodeLocator {
  find(path: readonly PathSegment[]): Located | undefined;
}

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
 * traced to its file, line and column. The locator knows the parsed document's nodes; lines
 * and columns come from the offsets where lines start (0 first, as yaml's LineCounter keeps them).
 */
export class SourceMap {
  constructor(
    private readonly locator: NodeLocator | undefined,
    private readonly lineStarts: readonly number[],
    private readonly text: string,
  ) {}

  /** 1-based position of a character offset. */
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    // The last line start at or before the offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - (starts[lo] ?? 0) + 1 };
  }

  rangeFromOffsets(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /**
   * The range of the value at `path`, or of its key. When the path does not exist (a missing
   * property), the deepest existing ancestor is used, which is the mapping that lacks it.
   */
  rangeOf(path: readonly PathSegment[], part: NodePart = 'value'): Range {
    const found = this.locator?.find(path);
    if (!found) return this.rangeFromOffsets(0, 0);
    const target = part === 'key' && found.key && found.exact ? found.key : found.node;
    if (target.collection) return this.firstLine(target.start, target.end);
    return this.rangeFromOffsets(target.start, target.end);
  }

  /** Whether `path` exists in the document. */
  has(path: readonly PathSegment[]): boolean {
    return this.locator?.find(path)?.exact ?? false;
  }

  private firstLine(start: number, end: number): Range {
    const nl = this.text.indexOf('\n', start);
    const stop = nl === -1 || nl > end ? end : nl;
    const trimmed = this.text.slice(start, stop).replace(/\s+$/, '');
    return this.rangeFromOffsets(start, start + trimmed.length);
  }
}
