import type { DateRange } from '../../plan/period-range.js';

export const showRange = (r: DateRange) => `${r.start}–${r.end}`;
