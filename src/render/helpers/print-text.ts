import type { Labels } from '../labels.js';

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
  for (const part of bodyHtml.split(/(<[^>]*>)/)) {
    if (part.startsWith('<')) {
      const open = /^<(style|script|code|pre|title)\b/i.exec(part)?.[1]?.toLowerCase();
      if (!skip && open) skip = open;
      else if (skip && new RegExp(`^</${skip}\\b`, 'i').test(part)) skip = undefined;
      out += part;
      continue;
    }
    out += skip ? part : part.replace(together, (m) => `<span class="nobr">${m}</span>`);
  }
  return addPrintUrls(out);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function keepTogetherPattern(labels: Labels): RegExp {
  const months = labels.months.map(escapeRe).join('|');
  const day = String.raw`\d{1,2}\.?`;
  const dateWords = String.raw`(?:${day}(?:\s(?:${months}))?[–-])?${day}\s(?:${months})(?:\s\d{4})?(?:[–-]${day}\s(?:${months})(?:\s\d{4})?)?`;
  const time = String.raw`\d{1,2}[:.]\d{2}(?:\s?[–-]\s?\d{1,2}[:.]\d{2})?`;
  const iso = String.raw`\d{4}-\d{2}-\d{2}`;
  // 040-123 45 67, 0920-25 33 00, 070-123 45 67, +46 40 123 45 67
  const phone = String.raw`(?:\+\d{2}[\s-]?\d{1,3}|0\d{1,3})[-\s]\d{2,8}(?:\s\d{2,3}){0,3}`;
  const price = String.raw`\d+(?:[\s.]\d{3})*(?:,\d{2})?\s(?:kr|kronor|SEK|NOK|EUR)\b`;
  return new RegExp(String.raw`(?<![\w.:+-])(?:${dateWords}|${phone}|${price}|${iso}|${time})(?![\w])`, 'giu');
}

/** example.se/anmalan for https://www.example.se/anmalan/ (the HTML-escaped href as it stands). */
export function shortAddress(href: string): string {
  return href
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}

function addPrintUrls(html: string): string {
  return html.replace(/<a href="(https?:\/\/[^"]+)">([\s\S]*?)<\/a>/gi, (whole, href: string, text: string) => {
    const short = shortAddress(href);
    const plain = text.replace(/<[^>]*>/g, '').trim();
    if (plain === href || plain === short || shortAddress(plain) === short) return whole;
    return `${whole}<span class="print-url"> (${short.replace(/\//g, '/<wbr>')})</span>`;
  });
}
