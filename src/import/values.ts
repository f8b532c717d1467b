/**
 * Dates, times, prices, e-mail addresses, phone numbers and web addresses found in a document's
 * words, as the plan model's values (ISO dates, HH:MM, a number and a currency). Each finder
 * returns nothing rather than a guess: what it cannot read stays in the text.
 */
import type { Lang } from '../i18n/lang.js';
import { MONTHS } from './words.js';

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2200 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export interface FoundDates {
  date: string;
  endDate?: string;
}

const MONTH = String.raw`([A-Za-zÅÄÖåäöæøÆØ]{3,10})\.?`;
/** "14 september 2024", "14. sept.", "14–15 mars 2025", "14 sep–2 okt 2024". */
const WORD_DATE = new RegExp(String.raw`(\d{1,2})\.?(?:\s*${MONTH})?\s*[–-]\s*(\d{1,2})\.?\s+${MONTH}(?:\s+(\d{4}))?|(\d{1,2})\.?\s+${MONTH}(?:\s+(\d{4}))?`, 'u');
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?:\s*[–-]\s*(\d{4})-(\d{2})-(\d{2}))?/;
const NUMERIC_DATE = /\b(\d{1,2})[./](\d{1,2})(?:[./ ](\d{4}))?\b/;

/** The first date (or range of dates) in TEXT; a date without a year takes `year`. */
export function findDates(text: string, year?: number): FoundDates | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const date = isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
    const end = iso[4] ? isoDate(+iso[4], +iso[5]!, +iso[6]!) : undefined;
    return date ? { date, ...(end ? { endDate: end } : {}) } : undefined;
  }
  const w = WORD_DATE.exec(text);
  if (w) {
    if (w[3]) {
      const m2 = MONTHS[w[4]!.toLowerCase()];
      const m1 = w[2] ? MONTHS[w[2].toLowerCase()] : m2;
      const y = w[5] ? +w[5] : year;
      if (!m1 || !m2 || !y) return undefined;
      const date = isoDate(y, m1, +w[1]!);
      const endDate = isoDate(y, m2, +w[3]);
      return date && endDate && endDate > date ? { date, endDate } : date ? { date } : undefined;
    }
    const m = MONTHS[w[7]!.toLowerCase()];
    const y = w[8] ? +w[8] : year;
    if (m && y) {
      const date = isoDate(y, m, +w[6]!);
      if (date) return { date };
    }
  }
  const n = NUMERIC_DATE.exec(text);
  if (n && !/\d[.:]\d\d\b/.test(n[0]) && (n[3] || year)) {
    const date = isoDate(n[3] ? +n[3] : year!, +n[2]!, +n[1]!);
    if (date) return { date };
  }
  return undefined;
}

/** "kl. 10.00–16.00", "10:00-16:00", "kl 18" as HH:MM. */
export function findTimes(text: string): { startTime?: string; endTime?: string } {
  const t =
    /(?:\bkl\.?\s*|\bklockan\s+|\bklokken\s+|\bat\s+)?\b(2[0-3]|[01]?\d)(?:[.:]([0-5]\d))\s*(?:[–-]\s*(2[0-3]|[01]?\d)(?:[.:]([0-5]\d))?)?/i.exec(text) ??
    /\bkl\.?\s*(2[0-3]|[01]?\d)\b(?:\s*[–-]\s*(2[0-3]|[01]?\d)\b)?/i.exec(text);
  if (!t) return {};
  if (t.length === 3) return { startTime: `${pad(+t[1]!)}:00`, ...(t[2] ? { endTime: `${pad(+t[2])}:00` } : {}) };
  return { startTime: `${pad(+t[1]!)}:${t[2] ?? '00'}`, ...(t[3] ? { endTime: `${pad(+t[3])}:${t[4] ?? '00'}` } : {}) };
}

const CURRENCY: Record<Lang, string> = { sv: 'SEK', nb: 'NOK', da: 'DKK', en: 'SEK' };

/** "500 kr", "1 200 kronor", "250,-", "NOK 400", "free" as an amount and a currency, or free. */
export function findPrice(text: string, lang: Lang): { amount?: number; currency?: string; free?: true } | undefined {
  if (/\b(gratis|kostnadsfri|kostnadsfritt|avgiftsfri|free of charge|free|ingen kostnad|ingen avgift|uten kostnad|ingen egenbetaling)\b/i.test(text)) return { free: true };
  const m =
    /(?:\b(SEK|NOK|DKK|EUR)\s*)?(\d{1,3}(?:[  ]\d{3})+|\d+)(?:[,.](\d{2}))?\s*(?:(kr\.?|kronor|kroner|SEK|NOK|DKK|EUR|€)|,-|:-)/iu.exec(text) ??
    /\b(SEK|NOK|DKK|EUR)\s*(\d{1,3}(?:[  ]\d{3})+|\d+)/iu.exec(text);
  if (!m) return undefined;
  const amount = Number(m[2]!.replace(/\s/g, '') + (m[3] ? `.${m[3]}` : ''));
  const word = (m[1] ?? m[4] ?? '').toUpperCase().replace('.', '');
  const currency = word === '€' ? 'EUR' : /^(SEK|NOK|DKK|EUR)$/.test(word) ? word : CURRENCY[lang];
  return Number.isFinite(amount) ? { amount, currency } : undefined;
}

export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
export const URL_RE = /\bhttps?:\/\/[^\s<>"')]+[^\s<>"').,;:!?]/;
/** A phone number as the schema takes it: digits, spaces, ( ) and -, perhaps a leading +. */
export const PHONE = /(?:\+\d{1,3}[ -]?)?\(?0?\d{1,4}\)?[ -]?\d{2,4}(?:[ -]?\d{2,4}){1,3}/;

export function findEmail(text: string): string | undefined {
  return EMAIL.exec(text)?.[0];
}

export function findUrl(text: string): string | undefined {
  return URL_RE.exec(text)?.[0];
}

/** A phone number of 7 digits or more that is not a date, a year range or a price. */
export function findPhone(text: string): string | undefined {
  const rest = text.replace(EMAIL, ' ').replace(URL_RE, ' ');
  for (const m of rest.matchAll(new RegExp(PHONE.source, 'g'))) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 7 && digits.length <= 15 && !/^\d{4}-\d{2}-\d{2}$/.test(m[0]) && !/^\d{4}\s*-\s*\d{4}$/.test(m[0])) return m[0].trim();
  }
  return undefined;
}
