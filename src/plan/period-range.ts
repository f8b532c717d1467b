/** The days a plan's period covers, for placing a date in it (lint's date rules, a date written without its year). */

/** A real calendar date YYYY-MM-DD (not 2021-02-30). */
export function isDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export interface DateRange {
  start: string;
  end: string;
}

const TERMS: Record<string, [string, string]> = {
  // Generous on purpose: a term's courses may start in its first weeks or end in its last.
  spring: ['01-01', '06-30'],
  summer: ['05-01', '08-31'],
  autumn: ['07-01', '12-31'],
};

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The days a period covers, for comparing dates with it: a term, a year, a span of years, a
 * season (July to June) or exact dates. Undefined when the period is not (yet) well-formed.
 */
export function periodRange(period: unknown): DateRange | undefined {
  if (!isMapping(period)) return undefined;
  const year = (v: unknown) => (Number.isInteger(v) ? (v as number) : undefined);
  if (period.term !== undefined) {
    const y = year(period.year);
    if (y === undefined) return undefined;
    if (period.term === 'winter') return { start: `${y - 1}-12-01`, end: `${y}-03-31` };
    const t = TERMS[String(period.term)];
    return t ? { start: `${y}-${t[0]}`, end: `${y}-${t[1]}` } : undefined;
  }
  if (period.from !== undefined || period.to !== undefined) {
    const from = year(period.from);
    const to = year(period.to);
    return from !== undefined && to !== undefined ? { start: `${from}-01-01`, end: `${to}-12-31` } : undefined;
  }
  const season = typeof period.season === 'string' ? period.season : undefined;
  if (season !== undefined) {
    const m = /^(\d{4})\/(\d{2})$/.exec(season);
    return m ? { start: `${m[1]}-07-01`, end: `${Number(m[1]) + 1}-06-30` } : undefined;
  }
  if (period.start !== undefined || period.end !== undefined) {
    return isDate(period.start) && isDate(period.end) ? { start: period.start, end: period.end } : undefined;
  }
  const y = year(period.year);
  return y !== undefined ? { start: `${y}-01-01`, end: `${y}-12-31` } : undefined;
}

/** The days of a calendar month "2021-10", its events' period. */
export function monthRange(month: unknown): DateRange | undefined {
  const m = typeof month === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month) : null;
  if (!m) return undefined;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { start: `${month as string}-01`, end: `${month as string}-${String(last).padStart(2, '0')}` };
}
