import { CHOMPING_MODE, EVENT_ID, getScalarValue, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import type { Located, NodeLocator, PathSegment, Span } from './source-map.js';

interface TreeNode extends Span {
  /** A mapping's pairs by key text (the first of equal keys). */
  pairs?: Map<string, { key: TreeNode; value: TreeNode }>;
  items?: TreeNode[];
  flow?: boolean;
}

/**
 * Finds nodes from js-yaml's event stream of a plain plan (read-events.ts: no aliases, tags or
 * anchors). The tree of spans is built on the first lookup only: most plans have few findings, and
 * a plan without any never needs it. Spans
 * match what the `yaml` package gives for the same node (quotes included, a block scalar from its
 * `|` or `>`), so a finding stands at the same place whichever reader read the plan.
 */
export class EventLocator implements NodeLocator {
  private root: TreeNode | undefined | null = null;

  constructor(
    private readonly events: readonly Event[],
    private readonly text: string,
  ) {}

  find(path: readonly PathSegment[]): Located | undefined {
    if (this.root === null) this.root = buildTree(this.events, this.text);
    let node = this.root;
    if (!node) return undefined;
    let key: TreeNode | undefined;
    for (const seg of path) {
      let next: TreeNode | undefined;
      let nextKey: TreeNode | undefined;
      if (node.pairs) {
        const pair = node.pairs.get(String(seg));
        if (pair) {
          next = pair.value;
          nextKey = pair.key;
        }
      } else if (node.items) {
        const idx = typeof seg === 'number' ? seg : Number(seg);
        next = Number.isInteger(idx) ? node.items[idx] : undefined;
      }
      if (!next) return { node, ...(key ? { key } : {}), exact: false };
      node = next;
      key = nextKey;
    }
    return { node, ...(key ? { key } : {}), exact: true };
  }
}

type Frame = { node: TreeNode; key?: TreeNode; keyText?: string };

function buildTree(events: readonly Event[], text: string): TreeNode | undefined {
  let root: TreeNode | undefined;
  const stack: Frame[] = [];
  // Where the previous node ended: a block scalar's header (`|`, `>`) is searched from there.
  let lastEnd = 0;
  const attach = (node: TreeNode, keyText?: string) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root ??= node;
      return;
    }
    if (parent.node.pairs) {
      if (!parent.key) {
        parent.key = node;
        parent.keyText = keyText;
        return;
      }
      if (parent.keyText !== undefined && !parent.node.pairs.has(parent.keyText)) parent.node.pairs.set(parent.keyText, { key: parent.key, value: node });
      parent.key = undefined;
    } else parent.node.items!.push(node);
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.SCALAR: {
        const node = scalarSpan(e, text, lastEnd);
        lastEnd = node.end;
        attach(node, getScalarValue(text, e));
        break;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node: TreeNode = { start: e.start, end: e.start, collection: true, flow: e.style === 2 };
        if (e.type === EVENT_ID.MAPPING) node.pairs = new Map();
        else node.items = [];
        attach(node);
        stack.push({ node });
        // From here the first item's indicator (a block list's `-`) or a flow collection's content.
        lastEnd = node.flow ? e.start + 1 : e.start;
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame) break;
        // As in yaml: a flow collection ends after its closing bracket, a block one after the
        // line break of its last line (a comment there included).
        if (frame.node.flow) {
          frame.node.end = closingBracket(text, Math.max(lastEnd, frame.node.start + 1));
          lastEnd = frame.node.end;
        } else frame.node.end = lineEnd(text, Math.max(lastEnd, frame.node.start));
        break;
      }
    }
  }
  return root;
}

function scalarSpan(e: ScalarEvent, text: string, from: number): TreeNode {
  if (e.valueStart === -1) {
    // An empty value: yaml places it just after its `:` or `-` and the spaces that follow.
    const at = afterIndicator(text, from);
    return { start: at, end: at, collection: false };
  }
  switch (e.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return { start: e.valueStart - 1, end: e.valueEnd + 1, collection: false };
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK:
      return { start: blockHeader(text, from, e.valueStart), end: blockEnd(text, e), collection: false };
    default:
      return { start: e.valueStart, end: e.valueEnd, collection: false };
  }
}

/** The `|` or `>` that opens a block scalar: the first one after FROM outside comments. */
function blockHeader(text: string, from: number, fallback: number): number {
  const at = findOutsideComments(text, from, fallback, '|>');
  return at === -1 ? fallback : at;
}

/**
 * Where yaml ends a block scalar: after its last line with content (trailing blank lines belong to
 * it only with `+`; without content, it ends after its last line break).
 */
function blockEnd(text: string, e: ScalarEvent): number {
  if (e.chomping === CHOMPING_MODE.KEEP) return e.valueEnd;
  let last = e.valueEnd;
  while (last > e.valueStart && isSpace(text.charCodeAt(last - 1))) last--;
  if (last === e.valueStart) return text.slice(e.valueStart, e.valueEnd).lastIndexOf('\n') + 1 + e.valueStart;
  const nl = text.indexOf('\n', last);
  return nl === -1 ? e.valueEnd : Math.min(nl + 1, e.valueEnd);
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Just after the `:`, `-` or `?` that comes first after FROM (comments skipped), and its spaces. */
function afterIndicator(text: string, from: number): number {
  let at = findOutsideComments(text, from, text.length, ':-?');
  if (at === -1) return from;
  do at++;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09);
  return at;
}

/** Just after the line break that ends the line of offset AT (AT itself when a line starts there). */
function lineEnd(text: string, at: number): number {
  if (at > 0 && text.charCodeAt(at - 1) === 0x0a) return at;
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
}

/** Just after the `]` or `}` that closes a flow collection whose content ended before FROM. */
function closingBracket(text: string, from: number): number {
  const at = findOutsideComments(text, from, text.length, ']}');
  return at === -1 ? from : at + 1;
}

/**
 * The first of CHARS in TEXT from FROM up to TO, `#` comments passed over; -1 when there is none.
 * Only whitespace, indicators and comments stand between the nodes it is asked to look between.
 */
function findOutsideComments(text: string, from: number, to: number, chars: string): number {
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (chars.includes(c)) return i;
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return -1;
      i = nl;
    }
  }
  return -1;
}
