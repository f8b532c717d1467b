import type { Labels } from '../labels.js';

/** "ABF, LO och folkhögskolorna": commas, and the language's "och"/"and"/"og" before the last. */
export function joinList(items: readonly string[], and: string): string {
  const list = items.filter((s) => s !== '');
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} ${and} ${list[list.length - 1]}`;
}

/** Swedish and Norwegian genitive: "Utvecklingsutskottet" -> "Utvecklingsutskottets", "Hans" -> "Hans". */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** "två träffar", "1 dag": small counts as words, as the plans write them. */
export function countOf(n: number, unit: [string, string] | undefined, labels: Labels, words = true): string {
  const [one, many] = unit ?? ['', ''];
  const noun = n === 1 ? one : many;
  const number = words && Number.isInteger(n) && n > 1 && n < labels.numbers.length ? labels.numbers[n]! : String(n).replace('.', labels.ui['decimal'] ?? '.');
  return `${number} ${noun}`.trim();
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
