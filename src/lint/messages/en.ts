/* eslint-disable max-lines -- a message catalogue: one entry per rule, data rather than logic */
import { list, q, weekdayDates, type Catalogue, type MessageParams } from './types.js';
import { weekdayNames } from '../../i18n/weekdays.js';
import { imageReasons } from '../../i18n/image-reasons.js';

const TYPES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'key: value lines',
  array: 'a list (lines starting with -)',
  null: 'empty',
};
const type = (t: string) => TYPES[t] ?? t;
const FORMS: Record<string, string> = {
  id: 'lower-case letters a–z, digits and hyphens (e.g. medlemsutbildning-del-1)',
  time: 'a clock time HH:MM (e.g. 09:30)',
  url: 'a web address starting with https:// or http://',
  phone: 'a phone number of digits, spaces, hyphens and brackets (e.g. 070-123 45 67)',
  currency: 'a three-letter currency code (e.g. SEK)',
  month: 'a month YYYY-MM (e.g. 2021-10)',
  season: 'a season YYYY/YY (e.g. 2021/22)',
  other: 'the expected form',
};
const FORMATS: Record<string, string> = { date: 'a date YYYY-MM-DD (e.g. 2021-10-23)', uri: 'a web address (https://...)', email: 'an e-mail address (name@example.se)' };
const where = (p: MessageParams) => {
  if (p.section && p.where) return p.where === 'sections' ? ` in the section ${q(p.section)}` : ` in ${q(p.where)} of the section ${q(p.section)}`;
  if (!p.course) return p.where ? ` in ${q(p.where)}` : '';
  return p.where === 'courses' ? ` in the course ${q(p.course)}` : ` in ${q(p.where)} of the course ${q(p.course)}`;
};
const mean = (p: MessageParams) => (p.suggestion ? ` Did you mean ${q(p.suggestion)}?` : '');
const detail = (p: MessageParams) => String(p.detail ?? '');

const URL_REASONS_EN: Record<string, string> = {
  space: 'it contains a space',
  mailto: 'the e-mail address after mailto: is malformed',
  scheme: 'it does not start with https:// or http://',
  syntax: 'it cannot be read as an address',
  host: 'the host name is not a full domain (e.g. www.example.se)',
};
const YAML_MISTAKES: Record<string, [(p: MessageParams) => string, (p: MessageParams) => string]> = {
  'colon-in-value': [(p) => `The text of ${q(p.key)} contains ": " and must be in quotes.`, (p) => `Write ${q(`${String(p.key)}: ${String(p.quoted ?? `"${String(p.value)}"`)}`)}.`],
  'missing-space': [(p) => `A space is missing after the colon of ${q(`${String(p.key)}:`)}.`, (p) => `Write ${q(`${String(p.key)}: ${String(p.value)}`)}.`],
  'missing-colon': [(p) => `The colon after ${q(p.key)} is missing.`, (p) => `Write ${q(`${String(p.key)}:`)}; a key is always followed by a colon.`],
  'too-far': [(p) => `${q(p.key)} is indented too far.`, (p) => `Put ${q(p.key)} in the same column as ${q(p.sibling)} (column ${String(p.column)}).`],
  'too-little': [(p) => `${q(p.key)} is indented too little; it lines up with no key above it.`, (p) => `Put ${q(p.key)} in the same column as ${q(p.sibling)} (column ${String(p.column)}).`],
  'comment-in-flow': [
    (p) => `\`#\` starts a comment in YAML: the rest of the line is not read, and the \`${String(p.bracket)}\` is never closed.`,
    (p) => `Put the text in quotes: ${String(p.quoted)}.`,
  ],
  'unclosed-quote': [(p) => `The quote ${String(p.quote)} that starts here is never closed.`, (p) => `End the text with ${String(p.quote)} on the same line.`],
  'no-dash': [(p) => (p.key ? `A new list item begins at ${q(p.key)}, but its dash is missing.` : 'This list item has no dash.'), () => 'Start the line with `- ` like the other items of the list.'],
  nbsp: [
    (p) => `A non-breaking space (column ${String(p.column)}) stands where YAML needs an ordinary space${p.key ? ` (at ${q(p.key)})` : ''}.`,
    () => 'Replace it with an ordinary space; non-breaking spaces come along when text is pasted from a web page or a word processor.',
  ],
  other: [(p) => `YAML syntax error (${String(p.code ?? p.detail ?? '')}).`, () => 'Check the indentation and the colon after each key on this line and the one before.'],
};
const mistake = (p: MessageParams) => YAML_MISTAKES[String(p.kind ?? 'other')] ?? YAML_MISTAKES['other']!;

/** English texts, keyed by rule id. */
export const en: Catalogue = {
  'yaml/syntax': { doc: 'The file is valid YAML.', message: (p) => mistake(p)[0](p), hint: (p) => mistake(p)[1](p) },
  'yaml/duplicate-key': {
    doc: 'A key appears at most once in the same place.',
    message: (p) => `The key${p.key ? ` ${q(p.key)}` : ''} is already used here.`,
    hint: () => 'A key may be used once in the same place; remove or rename one of them.',
  },
  'yaml/tab-indent': {
    doc: 'Indentation uses spaces, not tabs.',
    message: (p) => `A tab is used for indentation (column ${String(p.column ?? '?')}).`,
    hint: (p) => (p.target ? `Replace the tab with spaces: put ${p.key ? q(p.key) : 'the line'} in column ${String(p.target)}.` : 'Indent with spaces, not tabs.'),
  },
  'yaml/multiple-documents': {
    doc: 'A plan file holds one YAML document.',
    message: () => 'More than one YAML document in the file.',
    hint: () => 'A plan file holds one document: remove the `---` line, or split the file.',
  },
  'yaml/alias': { doc: 'Aliases (*name) refer to an anchor (&name) defined before them.', message: () => 'The alias refers to no anchor (&name) before it.' },
  'yaml/alias-limit': {
    doc: 'Aliases are not expanded into huge documents (alias bombs).',
    message: (p) => detail(p),
    hint: () => 'Write the values out instead of repeating them through aliases (*name).',
  },
  'yaml/too-deep': { doc: 'The plan is not nested absurdly deep.', message: (p) => detail(p), hint: () => 'A study plan needs only a few levels; check the indentation and brackets here.' },
  'yaml/too-large': { doc: 'The file is not larger than a plan can be.', message: (p) => detail(p), hint: () => 'Is this really a study plan? Split very large content into several plans.' },
  'yaml/encoding': { doc: 'The file is UTF-8 text.', message: (p) => detail(p), hint: () => 'Save the plan as UTF-8 text in your editor ("Save with encoding" → UTF-8).' },
  'yaml/unresolved-tag': {
    doc: 'No YAML tags (!!js/function, !name): studyplan reads only text, numbers, lists and key: value lines.',
    message: (p) => `Unknown YAML tag ${q(p.tag)}; plans use no tags.`,
    hint: () => 'Remove the tag and write the value as plain text.',
  },
  'yaml/not-finite': { doc: 'Numbers are finite: no .inf, -.inf or .nan.', message: (p) => `${q(p.value)} is not a number a plan can use.`, hint: () => 'Write a finite number, or remove the value.' },
  'yaml/version': {
    doc: 'Plans are YAML 1.2: no %YAML directive for another version.',
    message: (p) => `%YAML ${String(p.version ?? '')}: plans are YAML 1.2, where values mean what the editor's schema check reads.`,
    hint: () => 'Remove the %YAML line (and the --- below it, if the file has no other).',
  },
  'yaml/merge-key': {
    doc: 'No merge keys (<<): they are YAML 1.1 and not read in a plan.',
    message: () => 'The merge key `<<` is not read in a plan.',
    hint: () => 'Write the keys out here instead of merging them from an anchor.',
  },
  'build/output-collision': {
    doc: 'No two plans of a build write the same file.',
    message: (p) =>
      p.other === undefined
        ? `This plan would write ${String(p.output)}, the build's index page; rename the plan file.`
        : `This plan would write ${String(p.output)}, as ${String(p.other)} does${p.otherOutput ? ` (${String(p.otherOutput)})` : ''}; rename one of them.`,
  },
  'build/plan-name': {
    doc: "A plan's file name can name its outputs.",
    message: (p) => `The file name ${String(p.name)} cannot name an output: no control characters or folder separators, no dot first, at most 200 bytes.`,
  },
  'yaml/key-in-block-text': {
    doc: 'No key has slipped into a block text (|, >, >-) above it, where it becomes text.',
    message: (p) => `${q(p.key)} is inside the text of ${q(p.block)}: it becomes part of that text, not a key of its own.`,
    hint: (p) => `Indent the line two spaces less, so that ${q(p.key)} lines up with ${q(p.block)}.`,
  },
  'yaml/comment-in-value': {
    doc: 'No value is cut at " #" (the rest would become a comment and be lost).',
    message: (p) => `The value ${p.key ? `of ${q(p.key)} ` : ''}is cut at \` #\`: ${q(p.cut)} becomes a comment and is lost.`,
    hint: (p) => `Put the value in quotes: ${q(p.quoted)}.`,
  },
  'yaml/warning': { doc: 'YAML constructs that are legal but probably not meant.', message: (p) => `YAML: ${detail(p)}` },
  'plan/empty': { doc: 'The plan file is not empty.', message: () => 'The plan is empty.', hint: () => 'Start from `studyplan new NAME`, or copy an existing plan.' },

  'schema/unknown-key': {
    doc: 'Every key is one the schema knows.',
    message: (p) => `Unknown key ${q(p.key)}${where(p)}.${mean(p)}`,
    hint: (p) => (p.allowed && (p.allowed as string[]).length ? `Keys allowed here: ${(p.allowed as string[]).join(', ')}.` : undefined),
  },
  'schema/required': {
    doc: 'Required keys are present.',
    message: (p) => `${q(p.key)} is missing${where(p)}; it is required.`,
    hint: (p) => (p.allowed ? `${q(p.key)} is one of ${list(p.allowed as string[], 'or')}.` : `Add a line \`${String(p.key)}: ...\` here.`),
  },
  'schema/type': {
    doc: 'Values have the type the schema wants (text, number, list, key: value lines).',
    message: (p) =>
      p.meant && p.actual === 'number'
        ? `${q(p.written)} in ${q(p.key)} is read as the number ${String(p.value)}, not as a clock time.`
        : `${p.key ? q(p.key) : 'The plan'} must be ${list((p.expected as string[]).map(type), 'or', false)}, not ${type(String(p.actual))}${p.actual === 'string' || p.actual === 'integer' || p.actual === 'number' ? ` (${q(p.value)})` : ''}.`,
    hint: (p) => {
      if (p.meant)
        return p.key === 'amount'
          ? `Write the amount as a number alone: ${q(`amount: ${String(p.meant)}`)} (the currency is SEK unless \`currency:\` says another).`
          : `Write ${q(`${String(p.key)}: '${String(p.meant)}'`)}, in quotes with a colon.`;
      return p.key === '' && p.actual === 'array' ? 'A plan is made of key: value lines (title:, publisher:, period: ...), not a list.' : undefined;
    },
  },
  'plan/thousands-dot': {
    doc: 'An amount is not written with a dot between thousands (1.200), which YAML reads as a decimal (1.2).',
    message: (p) => `${q(p.written)} is read as ${String(p.read)}: in YAML the dot is a decimal point, not a thousands separator.`,
    hint: (p) => `Write ${q(p.meant)}, without the dot.`,
  },
  'yaml/not-indented': {
    doc: 'The lines that belong under a key (cost:, publisher: ...) are indented under it.',
    message: (p) => `${list(p.children as string[], 'and')} belong under ${q(`${String(p.key)}:`)}${p.course ? ` (the course ${q(p.course)})` : ''}, but are not indented under it.`,
    hint: (p) => `Indent the lines under ${q(`${String(p.key)}:`)} two spaces more than ${q(p.key)}.`,
  },
  'schema/enum': {
    doc: 'Values chosen from a list are one of the allowed values.',
    message: (p) => `${q(p.value)} is not an allowed value of ${q(p.key)}.${mean(p)}`,
    hint: (p) => `Allowed: ${list(p.allowed as string[], 'or')}.`,
  },
  'schema/format': {
    doc: 'Dates are real dates YYYY-MM-DD; web and e-mail addresses are well-formed.',
    message: (p) => (p.reason === 'no-such-day' ? `${q(p.value)} is not a real date (there is no such day).` : `${q(p.value)} in ${q(p.key)} is not ${FORMATS[String(p.format)] ?? p.format}.`),
    hint: (p) => (p.format === 'date' ? 'Write dates as YYYY-MM-DD, e.g. 2021-10-23.' : undefined),
  },
  'schema/pattern': {
    doc: 'Ids, times, phone numbers and similar values have the expected form.',
    message: (p) => `${q(p.value)} in ${q(p.key)} is not ${FORMS[String(p.form)] ?? 'in the expected form'}.`,
    hint: (p) => (p.meant ? `Write ${q(`${String(p.key)}: '${String(p.meant)}'`)}.` : undefined),
  },
  'schema/range': {
    doc: 'Numbers and years are within their limits.',
    message: (p) => `${q(p.key)} is ${String(p.value)}; it must be ${String(p.comparison)} ${String(p.limit)}.`,
  },
  'schema/min-items': { doc: 'Lists that must not be empty are not empty.', message: (p) => `${q(p.key)} needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}.` },
  'schema/one-of': {
    doc: 'A value with several possible forms (a period, an audience) matches one of them.',
    message: (p) =>
      p.reason === 'ambiguous' ? `${q(p.key)} matches more than one form; it is ambiguous.` : `${q(p.key)} matches none of its forms${p.forms ? `: ${list(p.forms as string[], 'or')}` : ''}.`,
    hint: (p) => (p.key === 'period' ? 'A period is {term, year}, {year}, {from, to}, {season} or {start, end}.' : undefined),
  },
  'schema/invalid': { doc: 'Other schema constraints.', message: (p) => `${q(p.key)}: ${detail(p)}` },
  'lint/unknown-rule': { doc: 'A suppression comment names rules that exist.', message: (p) => `Unknown rule ${q(p.rule)} in the suppression comment.${mean(p)}` },
  'lint/unused-disable': {
    doc: 'A suppression comment suppresses something.',
    message: (p) => `Nothing to suppress on the next line${p.rule ? ` for ${q(p.rule)}` : ''}.`,
    hint: () => 'Remove the comment.',
  },
  'plan/duplicate-id': {
    doc: 'Course, section and appendix ids are unique in the plan.',
    message: (p) => `The id ${q(p.id)} is already used on line ${String(p.line)}.`,
    hint: () => 'Ids name link targets and prerequisites; give each course, section and appendix its own.',
  },
  'plan/unknown-prerequisite': {
    doc: 'Prerequisites name courses of the plan.',
    message: (p) => `The prerequisite ${q(p.id)} is not a course of this plan.${mean(p)}`,
    hint: () => 'Prerequisites are course ids (the `id:` of a course).',
  },
  'plan/prerequisite-cycle': {
    doc: 'Prerequisites do not go round in a circle.',
    message: (p) => `Prerequisites go round in a circle: ${String(p.cycle)}.`,
    hint: () => 'A course cannot (indirectly) require itself; remove one of these prerequisites.',
  },
  'plan/unknown-course': { doc: "A calendar event's course is a course of the plan.", message: (p) => `The calendar event names the course ${q(p.id)}, which is not in this plan.${mean(p)}` },
  'plan/date-range-order': {
    doc: 'Ranges end after they start: end dates, clock times, periods, seasons.',
    message: (p) =>
      p.what === 'time'
        ? `The end time ${String(p.end)} is not after the start time ${String(p.start)}.`
        : p.what === 'season'
          ? `The season ${String(p.start)}/${String(p.end)} does not run into the next year.`
          : p.what === 'adopted'
            ? `Adopted on ${String(p.end)}, before the meeting on ${String(p.start)}.`
            : `The end ${String(p.end)} is before the start ${String(p.start)}.`,
    hint: (p) => (p.what === 'season' ? 'A season is written YYYY/YY with the following year, e.g. 2021/22.' : undefined),
  },
  'plan/date-outside-period': {
    doc: "Dates fall inside the plan's period and their section's.",
    message: (p) =>
      p.what === 'period'
        ? `The section's period ${String(p.date)} ${p.when === 'starts-before' ? 'starts before' : p.when === 'ends-after' ? 'ends after' : p.when === 'before' ? 'lies wholly before' : 'lies wholly after'} the plan's period (${String(p.range)}).`
        : `${String(p.date)} is ${p.when === 'before' ? 'before' : 'after'} the ${p.whose === 'section' ? "section's" : "plan's"} period (${String(p.range)}).`,
    hint: (p) =>
      p.when === 'before'
        ? 'Copied from an earlier plan? Check the year.'
        : p.what === 'period'
          ? "Check the year, or let the section's period hold the whole plan's."
          : 'Check the year, or widen the period.',
  },
  'plan/unknown-session': {
    doc: "A session a step names by id is one of the course's sessions.",
    message: (p) => `The step names the session ${q(p.id)}, which is not among the course's sessions (${String(p.course)}).${mean(p)}`,
    hint: () => "Define the session once under the course's sessions: with an id, or write the session in the step itself.",
  },
  'plan/elective-without-options': {
    doc: 'An elective session lists the options to choose from.',
    message: (p) => `The elective session ${q(p.title)} has no options.`,
    hint: () => 'List the options under options:, or remove elective: true.',
  },
  'config/template': {
    doc: "The config's template is a template studyplan can find: a name (booklet) or a folder with a template.json.",
    message: (p) => `The template ${q(p.name)} does not exist.`,
    hint: (p) =>
      p.path
        ? 'A template folder needs a template.json, a layout.hbs and labels/ (see docs/build.md); the path is relative to this file.'
        : 'Write template: booklet, or the path of a template folder.',
  },
  'plan/image-file': {
    doc: 'A picture (an image, a logo, a cover) is a PNG, JPEG, GIF, WebP or SVG file in its folder, of a size a booklet can print.',
    message: (p) => `The picture ${q(p.src)} ${imageReasons.en[String(p.reason)]?.[0](p) ?? 'cannot be used'}.`,
    hint: (p) => imageReasons.en[String(p.reason)]?.[1](p),
  },
  'plan/image-without-alt': {
    doc: 'An image has alt text that says what it shows.',
    message: (p) => `The image ${q(p.src)} has no alt text (alt).`,
    hint: () => 'Say in alt: what the image shows, for a reader who cannot see it (screen reader, tagged PDF).',
  },
  'plan/date-without-year': {
    doc: 'A date without a year (04-25) gets its year from the period around it.',
    message: (p) =>
      ({
        'no-period': `The date ${q(p.date)} has no year, and no period around it gives one.`,
        outside: `The date ${q(p.date)} has no year, and the day is not inside the period (${String(p.range)}).`,
        ambiguous: `The date ${q(p.date)} has no year, and the period ${String(p.range)} has that day in several years (${list(p.years as string[], 'and', false)}).`,
      })[String(p.reason)] ?? `${q(p.date)} is a day no year has.`,
    hint: (p) =>
      ({
        'no-period': `Write the year (YYYY-${String(p.day)}), or give the plan a period, e.g. period: {term: spring, year: 2018}.`,
        outside: `Write the year (YYYY-${String(p.day)}), or correct the date.`,
        ambiguous: `Write the year, e.g. ${String((p.years as string[] | undefined)?.[0])}-${String(p.day)}.`,
      })[String(p.reason)] ?? 'Correct the date.',
  },
  'plan/weekday-mismatch': {
    doc: "A weekday in the document's own words (asWritten) is the date's weekday.",
    message: (p) => {
      const days = weekdayDates(p, weekdayNames('en'));
      const one = days.length === 1 ? days[0] : undefined;
      return one
        ? `${q(p.word)} does not fit the date: ${one.date} is a ${one.weekday}.`
        : `${q(p.word)} is none of the days ${list(
            days.map((d) => `${d.date} (${d.weekday})`),
            'and',
            false,
          )}.`;
    },
    hint: () => 'Correct the weekday or the date. With weekday: true studyplan writes the weekday itself.',
  },
  'plan/date-status-conflict': {
    doc: 'An occasion whose date is still open (dateStatus) has no date.',
    message: (p) => `The occasion has both ${q(p.key)} and dateStatus: ${String(p.status)}; the date is not printed and not in the calendars.`,
    hint: () => 'Remove the date, or dateStatus if the date is settled.',
  },
  'plan/deadline-after-start': {
    doc: 'A registration deadline is before the course starts.',
    message: (p) => `The ${p.kind === 'application' ? 'application' : 'registration'} deadline ${String(p.deadline)} is after the course starts (${String(p.start)}).`,
  },
  'plan/opens-after-deadline': {
    doc: 'Registration opens on or before its deadline.',
    message: (p) => `${p.kind === 'application' ? 'Application' : 'Registration'} opens ${String(p.opens)}, after its deadline ${String(p.deadline)}.`,
    hint: () => 'One of the two dates is wrong: `opens` is the first day one can register, `deadline` the last.',
  },
  'plan/event-outside-month': {
    doc: "A calendar event's date lies in its month.",
    message: (p) => `${String(p.date)} is listed under the month ${String(p.month)}.`,
    hint: () => 'Move the event to its month, or correct the date.',
  },
  'plan/malformed-url': {
    doc: 'Links are well-formed http(s) addresses with a real host name.',
    message: (p) => `${q(p.url)} is not a working web address: ${URL_REASONS_EN[String(p.reason)] ?? 'it is malformed'}.`,
    hint: (p) => (p.fixed ? `Write ${q(p.fixed)}.` : 'Write the whole address as the browser shows it, e.g. https://www.example.se/page.'),
  },
  'plan/brand-contrast': {
    doc: 'White text on the brand colour is readable (WCAG contrast 4.5:1).',
    message: (p) => `White text on ${q(p.color)} has a contrast of ${p.ratio}:1, less than ${p.min}:1: the cover and the headings are hard to read.`,
    hint: () => 'Choose a darker shade of the colour; a contrast checker (e.g. webaim.org/resources/contrastchecker) shows the ratio.',
  },
  'plan/malformed-email': {
    doc: 'E-mail addresses are well-formed.',
    message: (p) => `${q(p.email)} is not a well-formed e-mail address.`,
    hint: () => 'An e-mail address looks like name@example.se.',
  },
  'plan/placeholder-text': {
    doc: 'No placeholder text (TODO, XXX, Lorem ipsum, ???) in printed fields.',
    message: (p) => `Placeholder text ${q(p.text)} would be printed.`,
    hint: () => 'Write the real text, or move the note to internalNotes (never printed).',
  },
  'plan/skeleton-text': {
    doc: "No text is left as the skeleton of `studyplan new` or `init` wrote it ('Skriv inledningen här.', 'Vad utbildningen handlar om.' ...).",
    message: (p) => `${q(p.text)} is the skeleton's example text${p.key ? ` in ${q(p.key)}` : ''}: it would be printed as it is.`,
    hint: () => "Write the plan's own text here, or remove the line.",
  },
  'plan/empty-text': { doc: 'No empty texts.', message: (p) => `${p.key ? q(p.key) : 'The text'} is empty.`, hint: () => 'Write the text, or remove the line.' },
  'plan/clause-without-att': {
    doc: 'Decision clauses in a Swedish proposal start with "att".',
    message: (p) => `The decision clause starts with ${q(p.start)}, not "att".`,
    hint: () => 'Write each clause as an att-sats, e.g. "att anta studieplanen".',
  },
  'plan/course-without-audience': {
    doc: 'A course has a target group (audience) or a purpose.',
    message: (p) => `The course ${q(p.course)} has neither an audience nor a purpose.`,
    hint: () => 'Add `audience:` (whom it is for) or `purpose:` (what it is for).',
  },
  'plan/duplicate-section-title': { doc: 'Section titles are unique.', message: (p) => `The section title ${q(p.title)} is already used on line ${String(p.line)}.` },
  'plan/duplicate-course-title': {
    doc: 'Course titles are unique.',
    message: (p) => `The course title ${q(p.title)} is already used on line ${String(p.line)}.`,
    hint: () => 'Pasted twice? Otherwise tell the courses apart in their titles.',
  },
  'plan/unreachable-contact': {
    doc: 'A contact gives a way to reach them (e-mail, phone or text).',
    message: (p) => `The contact ${q(p.name)} has no e-mail, phone or text saying how to reach them.`,
  },
  'plan/empty-section': {
    doc: 'Sections are not empty.',
    message: (p) => `The section${p.title ? ` ${q(p.title)}` : ''} has no ${p.what === 'events' ? 'events' : 'courses'}.`,
    hint: () => 'Fill it in, or remove the section.',
  },
  'plan/too-long-text': {
    doc: 'A text, and all texts of a plan together, are short enough to print.',
    message: (p) =>
      p.key === 'total'
        ? `The plan's texts are ${String(p.length)} characters together; a plan may have at most ${String(p.limit)}, or it cannot be printed in time.`
        : `${q(p.key)} is ${String(p.length)} characters long; a text may be at most ${String(p.limit)}, or it cannot be printed in time.`,
    hint: () => 'Shorten the text, or split the plan into several plans.',
  },
  'plan/too-many-items': {
    doc: 'A plan has few enough courses, events and appendices to print.',
    message: (p) => `The plan has ${String(p.count)} courses, events and appendices; a plan may have at most ${String(p.limit)}, or it cannot be printed in time.`,
    hint: () => 'Split the plan into several plans (one per year or per area, say).',
  },
  'plan/cost-contradiction': { doc: 'A free course has no price.', message: (p) => `The course is marked free but costs ${String(p.amount)}.`, hint: () => 'Remove `free: true` or the amount.' },
};
