import type { HelperDelegate, HelperOptions } from 'handlebars';
import type Handlebars from 'handlebars';
import type { Labels } from '../labels.js';
import { formatDate, formatMonth } from './dates.js';
import { joinList } from './lists.js';
import { markdownInline, markdownToHtml } from './markdown.js';
import { formatPeriod } from './periods.js';

type Env = typeof Handlebars;

/** The labels of the page being rendered: helpers read them from the root of the view. */
function labelsOf(options: HelperOptions): Labels {
  return (options.data as { root: { labels: Labels } }).root.labels;
}

/**
 * Helpers every template may use; each is small, pure and escapes what it returns. Their names are
 * verbs or formats (formatDate, not date) so that they never shadow a field of the view.
 */
export function registerHelpers(hb: Env): void {
  const helpers: Record<string, HelperDelegate> = {
    /** {{formatDate "2011-10-23"}} -> 23 oktober 2011 */
    formatDate: (iso: string, options: HelperOptions) => formatDate(String(iso), labelsOf(options)),
    /** {{formatMonth "2022-09"}} -> september 2022 */
    formatMonth: (ym: string, options: HelperOptions) => formatMonth(String(ym), labelsOf(options)),
    /** {{formatPeriod plan.period}} -> hösten 2021 */
    formatPeriod: (p, options: HelperOptions) => formatPeriod(p, labelsOf(options)),
    /** {{joinList list}} -> "ABF, LO och folkhögskolorna" */
    joinList: (list: unknown, options: HelperOptions) => (Array.isArray(list) ? joinList(list.map(String), labelsOf(options).and) : String(list ?? '')),
    /** {{md text}} -> sanitised HTML blocks; {{mdInline text}} -> one sanitised line */
    md: (text: unknown) => new hb.SafeString(typeof text === 'string' ? markdownToHtml(text) : ''),
    mdInline: (text: unknown) => new hb.SafeString(typeof text === 'string' ? markdownInline(text) : ''),
    /** {{#if (eq a b)}} */
    eq: (a: unknown, b: unknown) => a === b,
    /** {{#if (or a b c)}}: any of them set (a separator only between parts that are there) */
    or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
    /** {{upper text}} in the page's language: "förslag" -> "FÖRSLAG" */
    upper: (text: unknown, options: HelperOptions) => String(text ?? '').toLocaleUpperCase((options.data as { root: { lang?: string } }).root.lang),
    /** {{#unless (mentions title kindLabel)}}: whether the text already says it (case and spacing ignored), so a cover says "Studieplan" once */
    mentions: (text: unknown, part: unknown) => {
      const norm = (v: unknown) =>
        String(v ?? '')
          .toLocaleLowerCase()
          .replace(/\s+/g, ' ')
          .trim();
      return norm(part) !== '' && norm(text).includes(norm(part));
    },
    /**
     * {{longestWord title}}: the letters of its longest word (a hyphen or a soft hyphen ends one), for
     * a title's CSS to size it so that word fits its line whole ("--longest-word").
     */
    longestWord: (text: unknown) =>
      Math.max(
        1,
        ...String(text ?? '')
          .split(/[\s\u00ad\-–—/]+/)
          .map((w) => [...w].length),
      ),
    /** {{inc @index}} -> 1-based number */
    inc: (n: unknown) => Number(n) + 1,
  };
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);
}
