import type { Cost, Course, Registration } from '../plan/types.js';
import { fill, label, type Labels } from './labels.js';
import { registrationWords } from './registration-words.js';
import { formatDate } from './helpers/dates.js';
import { capitalise, joinList } from './helpers/lists.js';
import { isOneParagraph, markdownToHtml, safeHref } from './helpers/markdown.js';
import { joined, markdown, merged, plain, type TextRun } from './view-model-text.js';
import { dateStyle, type DateContext } from './date-style.js';
import { says, unsaid } from './same-words.js';
import type { FactView } from './view-model-facts.js';
import { contributionTexts, opensText } from './view-model-study-terms.js';

/** The terms a course and the plan's practical information share: who runs it, how to join, what it costs. */

type Terms = Pick<FactView, 'runs' | 'blocksHtml' | 'link' | 'email'> & { label?: string };

/** "I regi av Arbetarekommunen, i samarbete med ABF": names grouped by role, in the plan's order. */
export function organisersText(course: Pick<Course, 'organisers'>, labels: Labels): string | undefined {
  const groups = new Map<string, string[]>();
  for (const o of course.organisers ?? []) {
    const key = o.role ?? '';
    groups.set(key, [...(groups.get(key) ?? []), o.name]);
  }
  if (!groups.size) return undefined;
  const phrases = [...groups].map(([role, names]) => (role ? `${label(labels.roles, role)} ${joinList(names, labels.and)}` : joinList(names, labels.and)));
  return capitalise(phrases.join(', '));
}

/** "<the plan's words>. Anmäl senast 10 september 2021. 20 platser." and the link and e-mail to register by. */
export function registrationFact(course: Pick<Course, 'registration'>, ctx: DateContext): Terms | undefined {
  const r = course.registration;
  if (!r) return undefined;
  const words = registrationWords(r.kind, ctx.labels);
  // The document's own words for the deadline, places and state stand instead of the tool's.
  const said = r.asWritten ? [plain(r.asWritten)] : registrationSaid(r, words.by, ctx);
  // The plan's words come first when they are a sentence (a full stop after them when they have
  // none); a longer text (a list of steps to register) stands under the label's line, which keeps
  // the deadline and the link.
  const long = r.text !== undefined && !isOneParagraph(r.text);
  const ended = r.text !== undefined && /[.!?:]$/.test(r.text.trim());
  const runs = long || !r.text ? joined(said, ' ') : said.length ? merged([markdown(r.text), plain(ended ? ' ' : '. '), ...joined(said, ' ')]) : [markdown(r.text)];
  const body: Terms = runs.length ? { runs } : {};
  if (long) body.blocksHtml = markdownToHtml(r.text!);
  if (r.kind === 'application') body.label = words.heading;
  const url = safeHref(r.url);
  if (url) body.link = { href: url, text: words.linkText ?? url };
  if (r.email) body.email = r.email;
  return body.runs || body.blocksHtml || body.link || body.email ? body : undefined;
}

/**
 * "Öppnar 1 augusti. Anmäl senast 10 september 2021. 20 platser, fullbokad.": the deadline as a
 * call to act, a sentence of its own; the deadline and state left out when the plan's text says them.
 */
function registrationSaid(r: Registration, by: string, ctx: DateContext): TextRun[] {
  const { labels } = ctx;
  const sentence = (parts: string[]): TextRun[] => (parts.length ? [plain(`${capitalise(parts.join(', '))}.`)] : []);
  const opens = opensText(r, labels);
  // A text that already names the deadline's day ("innen fredag 1. mars") is not followed by it again.
  const deadline = r.deadline && !(r.text && says(r.text, formatDate(r.deadline, labels, { noYear: true }))) ? [`${by} ${formatDate(r.deadline, labels, dateStyle(r, ['deadline'], ctx))}`] : [];
  const facts: string[] = [];
  if (r.capacity) facts.push(fill(labels.ui['capacity'] ?? '{n}', { n: r.capacity }));
  if (r.status) facts.push(...unsaid(label(labels.registrationStatus, r.status), r.text));
  return joined([...sentence(opens ? [opens] : []), ...sentence(deadline), ...sentence(facts)], ' ');
}

/** The krone of the plan's own country as its readers write it: 200 kr (Sweden, Norway), 200 kr. (Denmark). */
const KRONER: Partial<Record<string, readonly [string, string]>> = { sv: ['SEK', 'kr'], nb: ['NOK', 'kr'], da: ['DKK', 'kr.'] };

/** "1 500 kr. Betalas av distriktet. Ingår: … <the plan's words>. Undantag: …; …", or the document's own words for the price. */
export function costFact(course: Pick<Course, 'cost'>, { labels, lang }: { labels: Labels; lang: string }): Terms | undefined {
  const c = course.cost;
  if (!c) return undefined;
  // A cost text longer than a sentence stands under the label's line, which keeps the amount and the exceptions.
  const long = c.text !== undefined && !isOneParagraph(c.text);
  const inline = c.text && !long ? [markdown(c.text)] : [];
  const runs = c.asWritten ? [plain(c.asWritten), ...(inline.length ? [plain(/[.!?:;]$/.test(c.asWritten) ? ' ' : '. '), ...inline] : [])] : costSaid(c, inline, labels, lang);
  const body: Terms = runs.length ? { runs: merged(runs) } : {};
  if (long) body.blocksHtml = markdownToHtml(c.text!);
  return body.runs || body.blocksHtml ? body : undefined;
}

/** The price in the tool's words, the plan's one-sentence TEXT among them. */
function costSaid(c: Cost, text: TextRun[], labels: Labels, lang: string): TextRun[] {
  const ui = labels.ui;
  const parts: string[] = [];
  if (c.amount !== undefined) {
    const currency = c.currency ?? 'SEK';
    const own = KRONER[lang];
    parts.push(`${c.amount} ${own && own[0] === currency ? own[1] : currency}`);
  }
  if (c.free) parts.push(...unsaid(ui['free'] ?? 'free', c.text));
  const words = parts.length ? [capitalise(parts.join(', '))] : [];
  // A cost written in words says it better than the parts; only the amount goes before it.
  if (!c.text) {
    const who = c.paidBy ? fill(ui['paidBy'] ?? '{who}', { who: c.paidBy }) : '';
    const not = c.notCovered?.length ? fill(ui['notCovered'] ?? '{list}', { list: joinList(c.notCovered, labels.and) }) : '';
    const rest = [who, not].filter(Boolean).join(', ');
    if (rest) words.push(capitalise(rest));
  }
  if (c.includes?.length) words.push(fill(ui['includes'] ?? '{list}', { list: joinList(c.includes, labels.and) }));
  if (c.otherPayers?.length) words.push(fill(ui['otherPayers'] ?? '{list}', { list: joinList(c.otherPayers, labels.and) }));
  words.push(...contributionTexts(c, labels));
  const runs = joined([...words.map(plain), ...text], '. ');
  if (c.exceptions?.length) runs.push(...(runs.length ? [plain('. ')] : []), plain(`${ui['exceptions'] ?? ''} `), ...joined(c.exceptions.map(markdown), '; '));
  return runs;
}
