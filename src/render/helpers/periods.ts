import type { Period } from '../../plan/types.js';
import type { Labels } from '../labels.js';
import { formatDateRange } from './dates.js';

/**
 * A period in the plan's language: "hösten 2021", "2022", "2011–2014" (en dash), "2021/22",
 * "1 augusti–31 december 2021". A label written in the plan wins.
 */
/** The period in words; '' for a plan without one (a standing programme). */
export function formatPeriod(period: Period | undefined, labels: Labels): string {
  if (!period) return '';
  if (period.label) return period.label;
  if ('term' in period) return `${labels.terms[period.term]} ${period.year}`;
  if ('from' in period) return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
  if ('season' in period) return period.season;
  if ('start' in period) return formatDateRange(period.start, period.end, labels);
  return String(period.year);
}
