/**
 * The names a plan prints: its places (venue, town, address) and its people and organisations
 * (a contact's, an organiser's, the publisher's, a signature's `name`), found at any depth. The
 * print pass keeps each whole (helpers/print-text.ts marks them `no-hyphens`): a reader looks a
 * place or a person up by the name, and "Väs-terås" or "Ängs-backa" reads wrongly (issue 29).
 */
const NAME_KEYS = new Set(['venue', 'town', 'address', 'name']);

/** The plan's names, each once, longest first (so a longer name is marked before a shorter inside it). */
export function planNames(plan: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (NAME_KEYS.has(key) && typeof value === 'string' && value.trim().length >= 4) found.add(value.trim());
        else walk(value);
      }
  };
  walk(plan);
  return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
