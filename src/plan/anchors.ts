/** Unique element ids for headings: plan ids as written, other headings from their titles. */
export class Anchors {
  private readonly used: Set<string>;

  constructor(claimed: Iterable<string> = []) {
    this.used = new Set(claimed);
  }

  /** Another set of ids that starts where this one is, so the page's headings go on after the courses'. */
  copy(): Anchors {
    return new Anchors(this.used);
  }

  /** Claims an id exactly as given (a course or section id that links and prerequisites use). */
  claim(id: string): string {
    return this.unique(id);
  }

  /** An id made from a heading's text: "Löpande utbildningar 2011-2014" -> "lopande-utbildningar-2011-2014". */
  fromTitle(title: string, fallback = 'avsnitt'): string {
    return this.unique(slug(title) || fallback);
  }

  private unique(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
