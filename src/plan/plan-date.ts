import { RunError } from '../errors/run-error.js';
import type { Period, StudyPlan } from './types.js';

/** 9999-12-31T23:59:59Z: the last second whose date an ISO date, a PDF and a calendar can write. */
const MAX_EPOCH = 253_402_300_799;

/**
 * SOURCE_DATE_EPOCH as a date, or undefined when it is not set. Whole seconds since 1970 up to
 * the year 9999; anything else is the caller's mistake, said as such (a larger number made an
 * invalid Date, and writing it failed as an "unexpected error").
 */
export function sourceDateEpoch(env: NodeJS.ProcessEnv): Date | undefined {
  const text = env['SOURCE_DATE_EPOCH'];
  if (text === undefined || text === '') return undefined;
  if (!/^\d{1,12}$/.test(text) || Number(text) > MAX_EPOCH) throw new RunError('usage/source-date-epoch', { value: text, max: String(MAX_EPOCH) });
  return new Date(Number(text) * 1000);
}

/**
 * The date a plan's outputs carry (the PDF's, the calendar's DTSTAMP): the issued date, the
 * meeting or the adoption, else SOURCE_DATE_EPOCH, else the start of its period, else the epoch;
 * never the clock, so two builds give the same bytes.
 */
export function planDate(plan: StudyPlan, env: NodeJS.ProcessEnv = process.env): Date {
  const iso = plan.issued?.date ?? plan.status?.meeting?.date ?? plan.status?.adoptedOn;
  if (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso)) return new Date(`${iso}T12:00:00Z`);
  const epoch = sourceDateEpoch(env);
  if (epoch) return epoch;
  if (!plan.period) return new Date(0);
  return new Date(`${periodStart(plan.period)}T12:00:00Z`);
}

const TERM_START = { spring: '01-01', summer: '06-01', autumn: '08-01', winter: '12-01' } as const;

function periodStart(p: Period): string {
  if ('start' in p) return p.start;
  if ('term' in p) return `${p.year}-${TERM_START[p.term]}`;
  if ('from' in p) return `${p.from}-01-01`;
  if ('season' in p) return `${p.season.slice(0, 4)}-07-01`;
  return `${p.year}-01-01`;
}
