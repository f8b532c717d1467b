import { RunError } from '../errors/run-error.js';

/** Letters folded to a-z so that file names, URLs and outputs look the same on every system. */
const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', æ: 'ae', ø: 'o' };

/**
 * The file name (without .yaml) for a plan called NAME: lower case, å ä ö folded to a a o (as in
 * plans/skane-hosten-2021.yaml), anything else but a-z and 0-9 turned into single hyphens.
 * "Skåne hösten 2021" -> "skane-hosten-2021". A RunError for names with folders or nothing left.
 */
export function planFileName(name: string): string {
  if (/[\\/]/.test(name) || name.includes('..')) {
    throw new RunError('usage/plan-name', { name, kind: 'folders' });
  }
  const base = name.replace(/\.ya?ml$/i, '').toLowerCase();
  const folded = [...base.normalize('NFC')].map((c) => FOLD[c] ?? c).join('');
  const slug = folded
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) throw new RunError('usage/plan-name', { name: JSON.stringify(name), kind: 'empty' });
  if (slug.length > 80) throw new RunError('usage/plan-name', { kind: 'long', length: String(slug.length) });
  return slug;
}
