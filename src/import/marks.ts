/**
 * YAML comments the importer attaches to what it wrote: an object and one of its keys, and the
 * comment's words. Kept beside the plan (not in it), so the plan stays the plan model's value.
 */
export class Marks {
  private readonly map = new Map<object, Map<string, string>>();

  add(owner: object, key: string, comment: string): void {
    let keys = this.map.get(owner);
    if (!keys) this.map.set(owner, (keys = new Map()));
    keys.set(key, comment);
  }

  get(owner: object, key: string): string | undefined {
    return this.map.get(owner)?.get(key);
  }
}
