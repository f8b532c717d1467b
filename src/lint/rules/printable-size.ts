import { MAX_PRINTED_CHARS, MAX_PRINTED_ITEMS, MAX_TEXT_CHARS } from '../../plan/limits.js';
import type { Rule } from './types.js';
import { arr, coursesOf, eventsOf, stringsOf } from './walk.js';

const n = (x: number) => x.toLocaleString('sv-SE');

/**
 * A text longer than a booklet can print in time, at the text; and all texts together (internal
 * notes too: --include-internal prints them), at the text that goes over the limit.
 */
export const tooLongText: Rule = {
  id: 'plan/too-long-text',
  severity: 'error',
  check({ data, report }) {
    const strings = stringsOf(data);
    let total = 0;
    let over: (typeof strings)[number] | undefined;
    let long = false;
    for (const s of strings) {
      if (s.value.length > MAX_TEXT_CHARS) {
        long = true;
        report(s.path, { key: s.key, length: n(s.value.length), limit: n(MAX_TEXT_CHARS) });
      }
      total += s.value.length;
      if (total > MAX_PRINTED_CHARS) over ??= s;
    }
    // One text over its limit says enough; the total is news only when every text is short.
    if (over && !long) report(over.path, { key: 'total', length: n(total), limit: n(MAX_PRINTED_CHARS) });
  },
};

/** More courses, events and appendices than one print can hold: at the first one over the limit. */
export const tooManyItems: Rule = {
  id: 'plan/too-many-items',
  severity: 'error',
  check({ data, report }) {
    const items = [...coursesOf(data), ...eventsOf(data)];
    const count = items.length + arr(data.appendices).length;
    if (count <= MAX_PRINTED_ITEMS) return;
    const at = items[MAX_PRINTED_ITEMS]?.path ?? ['appendices'];
    report(at, { count: n(count), limit: n(MAX_PRINTED_ITEMS) });
  },
};
