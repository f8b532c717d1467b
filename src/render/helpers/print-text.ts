import type { Labels } from '../labels.js';
import { htmlTokens } from './html-tokens.js';
import { decodeHtml, escapeHtml } from './markdown.js';

/**
 * The last pass over a page's <body>, for paper: what must not break across lines is wrapped in
 * <span class="nobr"> (dates, date and time ranges, phone numbers, prices), and a web link whose
 * text is not its address gets the address after it for print (<span class="print-url">), shortened
 * (no https://, no www., no trailing slash) and breakable only after a slash. Only text between
 * tags is touched, never a tag or an attribute; <style>, <script> and <code> are left as they are.
 */
export function printText(bodyHtml: string, labels: Labels): string {
  const together = keepTogetherPattern(labels);
  let out = '';
  let skip: string | undefined;
  let link: { href: string; text: string } | undefined;
  for (const token of htmlTokens(bodyHtml)) {
    if (token.kind === 'text') {
      if (link) link.text += token.source;
      out += skip ? token.source : token.source.replace(together, (m) => `<span class="nobr">${m}</span>`);
      continue;
    }
    out += token.source;
    if (token.kind === 'start' && !skip && SKIPPED.has(token.name)) skip = token.name;
    else if (token.kind === 'end' && token.name === skip) skip = undefined;
    // A link ends at its end tag, or where another begins (links do not nest).
    if (link && ((token.kind === 'end' && token.name === 'a') || (token.kind === 'start' && token.name === 'a'))) {
      if (token.kind === 'end') out += printUrl(link.href, link.text);
      link = undefined;
    }
    const href = token.kind === 'start' && token.name === 'a' ? token.attrs.get('href') : undefined;
    if (href !== undefined) link = { href, text: '' };
  }
  return out;
}

/** The elements whose text is left as it is. */
const SKIPPED = new Set(['style', 'script', 'code', 'pre', 'title']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function keepTogetherPattern(labels: Labels): RegExp {
  const months = labels.months.map(escapeRe).join('|');
  const day = String.raw`\d{1,2}\.?`;
  const dateWords = String.raw`(?:${day}(?:\s(?:${months}))?[–-])?${day}\s(?:${months})(?:\s\d{4})?(?:[–-]${day}\s(?:${months})(?:\s\d{4})?)?`;
  const time = String.raw`\d{1,2}[:.]\d{2}(?:\s?[–-]\s?\d{1,2}[:.]\d{2})?`;
  // A weekday stays with its date or time ("söndag 18 mars", "lördag 09:30"): a range breaks between its ends.
  const names = [...(labels.weekdays ?? []), ...(labels.weekdaysShort ?? [])];
  const weekday = names.length ? String.raw`(?:(?:${names.map(escapeRe).join('|')})\s(?:den\s)?)?` : '';
  const iso = String.raw`\d{4}-\d{2}-\d{2}`;
  // 040-123 45 67, 0920-25 33 00, 070-123 45 67, +46 40 123 45 67
  const phone = String.raw`(?:\+\d{2}[\s-]?\d{1,3}|0\d{1,3})[-\s]\d{2,8}(?:\s\d{2,3}){0,3}`;
  const price = String.raw`\d+(?:[\s.]\d{3})*(?:,\d{2})?\s(?:kr|kronor|SEK|NOK|EUR)\b`;
  return new RegExp(String.raw`(?<![\w.:+-])(?:${weekday}${dateWords}|${phone}|${price}|${iso}|${weekday}${time})(?![\w])`, 'giu');
}

/** example.se/anmalan for https://www.example.se/anmalan/. */
export function shortAddress(href: string): string {
  return href
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}

/**
 * After a web link whose text is not its address: " (example.se/<wbr>anmalan)", for print. HREF
 * is the attribute as written (any quoting, any order of attributes), TEXT the link's text.
 */
function printUrl(href: string, text: string): string {
  const url = decodeHtml(href).trim();
  if (!/^https?:\/\//i.test(url)) return '';
  const short = shortAddress(url);
  const plain = decodeHtml(text).trim();
  if (plain === url || plain === short || shortAddress(plain) === short) return '';
  return `<span class="print-url"> (${escapeHtml(short).replace(/\//g, '/<wbr>')})</span>`;
}
