import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Located, NodeLocator, PathSegment, Span } from './source-map.js';
import { yamlModule } from './yaml-module.js';

/** Finds nodes in a document composed by the `yaml` package (the reader for any YAML). */
export class YamlLocator implements NodeLocator {
  private readonly keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(private readonly doc: Document) {}

  find(path: readonly PathSegment[]): Located | undefined {
    const { isMap, isSeq } = yamlModule();
    let node = this.doc.contents as Node | null;
    let key: Node | undefined;
    if (!node) return undefined;
    let exact = true;
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
      } else if (isSeq(node)) {
        const idx = typeof seg === 'number' ? seg : Number(seg);
        const item = Number.isInteger(idx) ? node.items[idx] : undefined;
        next = (item as Node | null) ?? undefined;
      }
      if (!next) {
        exact = false;
        break;
      }
      node = next;
      key = nextKey;
    }
    return { node: span(node), ...(key ? { key: span(key) } : {}), exact };
  }

  /**
   * A mapping's pairs by key name (the first of equal keys), built once per mapping: looking each
   * path up by scanning made a plan with many unknown keys quadratic (16 000 keys: 4 s).
   */
  private keysOf(node: YAMLMap): Map<string, Pair> {
    const { isPair, isScalar } = yamlModule();
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
}

function span(node: Node): Span {
  const { isMap, isSeq } = yamlModule();
  const [start, end] = node.range ?? [0, 0];
  return { start, end, collection: isMap(node) || isSeq(node) };
}
