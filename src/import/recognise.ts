import type { Lang } from '../i18n/lang.js';
import type { CoursesSection, Period, ProseSection, Section, StudyPlan } from '../plan/types.js';
import type { Block } from './blocks.js';
import { courseFrom, markdown, type CourseContext } from './course.js';
import { isClause, isQuote, labelled, quoteText, stepLine } from './labelled.js';
import { Marks } from './marks.js';
import { introFrom, practicalFrom, proseFrom, type Unit } from './prose.js';
import { COURSE_WORDS, PLAN_KINDS, PLAN_WORDS, PRACTICAL, PUBLISHER, TERMS } from './words.js';

export interface Recognised {
  plan: StudyPlan;
  marks: Marks;
  /** What was found, for the report: sections, courses, dates, prices, registrations, steps, quotes, clauses, freeText. */
  found: Record<string, number>;
}

const PLACE_DATE = /^([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?),?\s+(\d{4}-\d{2}-\d{2})$/u;

/** A short paragraph in bold, without a full stop: a heading in all but name. */
const boldHeading = (b: Block) => b.kind === 'paragraph' && b.style === 'bold' && b.text.length <= 160 && !/[.!?]$/.test(b.text);

/** The plan's period from its title or cover lines: "hösten 2021", "2011-2014", "2024/25", "2023". */
export function periodOf(text: string): Period | undefined {
  const range = /\b(19\d\d|2[01]\d\d)\s*[–-]\s*(19\d\d|2[01]\d\d)\b/.exec(text);
  if (range && +range[2]! > +range[1]!) return { from: +range[1]!, to: +range[2]! };
  const season = /\b((?:19|2[01])\d\d)\/(\d\d)\b/.exec(text);
  if (season) return { season: `${season[1]}/${season[2]}` };
  const term = /\b(\p{L}+)\s+((?:19|2[01])\d\d)\b/u.exec(text);
  const t = term ? TERMS[term[1]!.toLowerCase()] : undefined;
  if (term && t) return { term: t, year: +term[2]! };
  const year = /\b((?:19|2[01])\d\d)\b/.exec(text);
  return year ? { year: +year[1]! } : undefined;
}

const yearOf = (p: Period | undefined): number | undefined =>
  p ? ('year' in p ? p.year : 'from' in p ? p.from : 'season' in p ? Number(p.season.slice(0, 4)) : 'start' in p ? Number(p.start.slice(0, 4)) : undefined) : undefined;

function slug(text: string, taken: Set<string>): string {
  const base =
    (text.split(/,\s/)[0] ?? text)
      .split(/\s+/)
      .slice(0, 6)
      .join(' ')
      .toLowerCase()
      .replace(/[åäáà]/g, 'a')
      .replace(/[öøó]/g, 'o')
      .replace(/æ/g, 'ae')
      .replace(/é/g, 'e')
      .replace(/ü/g, 'u')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'kurs';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Where the title is: the first heading that names a plan (Studieplan, Opplæringsplan …), else the first heading. */
function titleIndex(blocks: Block[]): number {
  const early = blocks.slice(0, 15);
  const named = early.findIndex((b) => b.kind === 'heading' && PLAN_KINDS.some(([re]) => re.test(b.text)));
  if (named >= 0) return named;
  const heading = early.findIndex((b) => b.kind === 'heading');
  return heading >= 0 ? heading : blocks.findIndex((b) => b.kind === 'paragraph');
}

/** The body's blocks as units under their headings; bold short paragraphs open a unit one level below the last heading. */
function units(blocks: Block[]): { before: Block[]; units: Unit[] } {
  const before: Block[] = [];
  const out: Unit[] = [];
  let level = 1;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      level = b.level;
      out.push({ title: b.text, level: b.level, blocks: [] });
    } else if (boldHeading(b) && !labelled(b.text) && !stepLine(b.text)) out.push({ title: b.text, level: level + 1, blocks: [] });
    else (out.length ? out[out.length - 1]!.blocks : before).push(b);
  }
  return { before, units: out };
}

const hasFacts = (u: Unit) => u.blocks.some((b) => labelled(b.text) || stepLine(b.text));
/** A unit with a course's facts, or one whose heading or first paragraph speaks of a course ("Utbildningen riktar sig till …"). */
const isCourse = (u: Unit) =>
  u.blocks.length > 0 &&
  (hasFacts(u) ||
    (!PLAN_KINDS.some(([re]) => re.test(u.title)) &&
      (COURSE_WORDS.test(u.title) ||
        COURSE_WORDS.test(
          u.blocks
            .map((b) => b.text)
            .join(' ')
            .slice(0, 1000),
        ))));

/**
 * The plan a document's blocks describe: title, publisher, period and the place/date line from the
 * cover; the introduction and a proposal's att-satser; sections by heading level, with courses as
 * the units that have a course's facts; practical information. Every block's words land in the
 * plan; what could not be placed is marked (marks) for a comment in the YAML.
 */
export function recognise(all: Block[], lang: Lang): Recognised {
  const marks = new Marks();
  const found: Record<string, number> = {};
  const words = PLAN_WORDS[lang];
  const at = Math.max(0, titleIndex(all));
  const titleBlock = all[at];
  const title = titleBlock?.text ?? '';
  const plan: StudyPlan = { language: lang, title, publisher: { name: '' } } as StudyPlan;
  const kind = PLAN_KINDS.find(([re]) => re.test(title))?.[1];
  if (kind) plan.kind = kind;

  const { before: afterTitle, units: body } = units(all.slice(at + 1));
  const cover = [...all.slice(0, at), ...afterTitle];
  const period = periodOf(title) ?? periodOf(cover.map((b) => b.text).join('\n'));
  if (period) plan.period = period;
  const ctx: CourseContext = { lang, ...(yearOf(period) ? { year: yearOf(period)! } : {}), marks, found };
  coverLines(plan, cover, ctx);
  if (!plan.publisher.name) {
    const genitive = /^(.*?(?:partidistrikt|arbetarekommun|fylkesparti|fylkeslag|storkreds|förbund|forbund|förening|forening))s?\b/iu.exec(title)?.[1];
    if (genitive) plan.publisher.name = genitive;
    else delete (plan as Partial<StudyPlan>).publisher;
  }
  placeUnits(plan, body, ctx, words);
  return { plan, marks, found };
}

/**
 * The lines around the title: place and date (with the line as the document writes it, which the
 * cover prints instead of the date in words), publisher, a slogan heading, an introduction, quotes, clauses.
 */
function coverLines(plan: StudyPlan, cover: Block[], ctx: CourseContext): void {
  const intro: Block[] = [];
  const unplaced: Block[] = [];
  for (const b of cover.flatMap((c): Block[] =>
    c.kind === 'paragraph'
      ? c.text
          .split('\n')
          .map((text) => ({ ...c, text: text.trim() }))
          .filter((l) => l.text)
      : [c],
  )) {
    const pd = PLACE_DATE.exec(b.text);
    if (pd && !plan.issued) plan.issued = { place: pd[1]!, date: pd[2]!, asWritten: b.text };
    else if (!plan.publisher.name && b.text.length < 80 && PUBLISHER.test(b.text)) plan.publisher.name = b.text;
    else if (b.kind === 'heading' && !plan.slogan) plan.slogan = b.text;
    else if (isQuote(b)) ((plan.introduction ??= {}).quotes ??= []).push({ text: quoteText(b.text) });
    else if (isClause(b)) plan.proposal = { ...plan.proposal, clauses: [...(plan.proposal?.clauses ?? []), b.text] as [string, ...string[]] };
    else if (b.text.length < 60 && !/[.!?:]$/.test(b.text)) unplaced.push(b);
    else intro.push(b);
  }
  if (unplaced.length) {
    plan.subtitle = unplaced.map((b) => b.text).join(' · ');
    ctx.marks.add(plan, 'subtitle', PLAN_WORDS[ctx.lang].unplaced);
    ctx.found['freeText'] = (ctx.found['freeText'] ?? 0) + unplaced.length;
  }
  if (intro.length) (plan.introduction ??= {}).text = markdown(intro);
}

type Open = { level: number; section: Section };

const hasOwnText = (s: Section) => Boolean(s.text || (s.kind === 'prose' && s.quotes));

/** Sections by heading level; a course goes into the courses section it stands in. */
function placeUnits(plan: StudyPlan, body: Unit[], ctx: CourseContext, words: (typeof PLAN_WORDS)[Lang]): void {
  const stack: Open[] = [];
  const ids = new Set<string>();
  const sections = (plan.sections ??= []);
  const parentList = (level: number): Section[] => {
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const top = stack[stack.length - 1]?.section;
    return top ? ((top as ProseSection).sections ??= []) : sections;
  };
  for (const u of body) {
    const clauses = u.blocks.filter(isClause).map((b) => b.text);
    if (!plan.proposal && clauses.length && clauses.length * 2 >= u.blocks.length) {
      const rest = u.blocks.filter((b) => !isClause(b));
      plan.proposal = { title: u.title, ...(rest.length ? { text: markdown(rest) } : {}), clauses: clauses as [string, ...string[]] };
      ctx.found['clauses'] = clauses.length;
    } else if (PRACTICAL.test(u.title) && !plan.practical) {
      plan.practical = practicalFrom(u);
    } else if (!plan.introduction?.title && u.title.trim().toLowerCase() === plan.title.trim().toLowerCase() && !hasFacts(u)) {
      plan.introduction = { ...plan.introduction, title: u.title, ...introFrom(u.blocks, plan.introduction?.text) };
    } else if (isCourse(u)) {
      // A chapter with text of its own at the course's level is a sibling, not the course's home;
      // a heading alone ("Löpande utbildningar") is the home of the courses that follow it.
      while (stack.length && (stack[stack.length - 1]!.level > u.level || (stack[stack.length - 1]!.level === u.level && hasOwnText(stack[stack.length - 1]!.section)))) stack.pop();
      const home = coursesHome(stack, sections, words, ctx);
      home.courses.push(courseFrom(slug(u.title, ids), u.title, u.blocks, ctx));
      ctx.found['courses'] = (ctx.found['courses'] ?? 0) + 1;
    } else {
      const list = parentList(u.level);
      const section = proseFrom(u, ctx);
      list.push(section);
      stack.push({ level: u.level, section });
      ctx.found['sections'] = (ctx.found['sections'] ?? 0) + 1;
    }
  }
  if (!sections.length) delete plan.sections;
}

/** The courses section a course belongs in: the open section (made a courses section), or a new one. */
function coursesHome(stack: Open[], sections: Section[], words: (typeof PLAN_WORDS)[Lang], ctx: CourseContext): CoursesSection {
  const top = stack[stack.length - 1]?.section;
  if (top && top.kind === 'courses') return top;
  if (top && top.kind === 'prose' && !top.quotes && !top.contacts && !top.links) {
    const s = top as unknown as CoursesSection;
    s.kind = 'courses';
    s.courses = [];
    return s;
  }
  const list = top ? ((top as ProseSection).sections ??= []) : sections;
  const last = list[list.length - 1];
  if (last?.kind === 'courses' && !top) return last;
  const made: CoursesSection = { kind: 'courses', title: words.courses, courses: [] };
  ctx.marks.add(made, 'title', words.noHeading);
  list.push(made);
  return made;
}
