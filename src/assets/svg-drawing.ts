import { MAX_SVG_ELEMENTS } from './limits.js';
import { SvgError } from './svg-error.js';

/**
 * The kept elements as a graph: each with its children and the ids it refers to (<use href>,
 * fill="url(#…)"), to count what the browser would draw with every reference drawn out.
 */
export class Drawing {
  private readonly children: number[][] = [];
  private readonly refs: string[][] = [];
  private readonly ids = new Map<string, number>();
  private readonly stack: number[] = [];
  /** References in <style>: a rule may apply to every element. */
  readonly styleRefs: string[] = [];

  open(id: string | undefined, refs: string[]): void {
    const n = this.children.length;
    this.children.push([]);
    this.refs.push(refs);
    if (id !== undefined && !this.ids.has(id)) this.ids.set(id, n);
    const parent = this.stack[this.stack.length - 1];
    if (parent !== undefined) this.children[parent]!.push(n);
    this.stack.push(n);
  }

  close(): void {
    this.stack.pop();
  }

  /** Refuses a drawing that expands past MAX_SVG_ELEMENTS, or whose references loop. */
  checkSize(): void {
    if (!this.children.length) return;
    const sizes = this.expandedSizes();
    const styled = this.styleRefs.reduce((sum, id) => sum + (sizes[this.ids.get(id) ?? -1] ?? 0), 0);
    const total = (sizes[0] ?? 0) + this.children.length * styled;
    if (total > MAX_SVG_ELEMENTS) throw new SvgError(`the drawing expands to more than ${MAX_SVG_ELEMENTS} elements`, MAX_SVG_ELEMENTS);
  }

  /**
   * Each element's size with its children and references drawn out (capped just past the
   * limit), depth first without recursion: a deep file must not overflow the stack.
   */
  private expandedSizes(): number[] {
    const sizes: number[] = new Array(this.children.length);
    const state = new Uint8Array(this.children.length); // 0 new, 1 on the current path, 2 done
    const deps = (n: number) => [...this.children[n]!, ...this.refs[n]!.flatMap((id) => (this.ids.has(id) ? [this.ids.get(id)!] : []))];
    for (let start = 0; start < this.children.length; start++) {
      if (state[start]) continue;
      const todo = [start];
      while (todo.length) {
        const n = todo[todo.length - 1]!;
        if (state[n] === 2) todo.pop();
        else if (state[n] === 0) {
          state[n] = 1;
          for (const d of deps(n)) {
            if (state[d] === 1) throw new SvgError('a <use> or url(#…) in the drawing refers to itself', MAX_SVG_ELEMENTS);
            if (state[d] === 0) todo.push(d);
          }
        } else {
          sizes[n] = Math.min(
            MAX_SVG_ELEMENTS + 1,
            deps(n).reduce((sum, d) => sum + sizes[d]!, 1),
          );
          state[n] = 2;
          todo.pop();
        }
      }
    }
    return sizes;
  }
}
