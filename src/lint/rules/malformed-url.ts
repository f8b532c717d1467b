import type { Rule } from './types.js';
import { stringsOf } from './walk.js';
import { badEmail } from './malformed-email.js';

const URL_KEYS = new Set(['url', 'website', 'cite']);
/** Markdown links (their target, spaces included, title dropped) and bare addresses in running text. */
const IN_TEXT = /\]\(([^)]*)\)|\bhttps?:\/\/[^\s)<>"\]]*/g;

/** Why a web address would not work when clicked, or undefined when it is fine. */
export function badUrl(value: string): string | undefined {
  if (/\s/.test(value.trim())) return 'space';
  if (value.startsWith('mailto:')) return badEmail(value.slice(7).split('?')[0]!) ? 'mailto' : undefined;
  if (!/^https?:\/\//i.test(value)) return 'scheme';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'syntax';
  }
  const host = url.hostname;
  if (!host) return 'host';
  if (host !== 'localhost' && !/^\[/.test(host) && !/\.[a-z]{2,}$|\.xn--[a-z0-9-]+$|^\d+\.\d+\.\d+\.\d+$/i.test(host)) return 'host';
  if (/\.\./.test(host) || host.startsWith('.') || host.startsWith('-')) return 'host';
  return undefined;
}

/**
 * Links are well-formed http(s) addresses with a real host name (`https://www.example` or
 * `https//example.se` would print a dead link): link fields, and links in running text.
 */
export const malformedUrl: Rule = {
  id: 'plan/malformed-url',
  severity: 'error',
  check({ data, report }) {
    for (const s of stringsOf(data)) {
      if (URL_KEYS.has(s.key) && s.path[s.path.length - 1] === s.key) {
        const reason = badUrl(s.value.trim());
        // www.example.se/page: the one fix is the https:// it lacks, when that makes it work.
        const fixed = reason === 'scheme' && !badUrl(`https://${s.value.trim()}`) ? `https://${s.value.trim()}` : undefined;
        if (reason) report(s.path, { url: s.value, reason, fixed });
        continue;
      }
      // includes() first: this runs over every text of every plan.
      if (s.key === 'internalNotes' || !(s.value.includes('http') || s.value.includes(']('))) continue;
      for (const m of s.value.matchAll(IN_TEXT)) {
        const url = (m[1] ?? m[0])
          .replace(/\s+"[^"]*"\s*$/, '')
          .trim()
          .replace(/[.,;:!?]+$/, '');
        if (m[1] !== undefined && !/^(https?:|mailto:)/i.test(url)) continue; // a relative or anchor link
        const reason = badUrl(url);
        if (reason) report(s.path, { url, reason }, 'value', url);
      }
    }
  },
};
