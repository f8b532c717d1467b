import { count as n } from './text.js';
import { machineWords } from './machine-words.js';
import type { Words } from './words.js';

/** English: the same keys as sv.ts. */
export const en: Words = {
  decimalComma: false,
  reporter: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    hint: 'hint',
    summary: (c) => {
      const parts = [n(c.error, 'error', 'errors'), n(c.warning, 'warning', 'warnings')];
      if (c.info) parts.push(n(c.info, 'info', 'infos'));
      return `✖ ${n(c.error + c.warning + c.info, 'problem', 'problems')} (${parts.join(', ')})`;
    },
    clean: (files) => `✔ ${n(files, 'plan', 'plans')} checked, no problems`,
    tooManyWarnings: (w, max) => `studyplan lint found too many warnings (${w}; maximum: ${max}).`,
  },
  diff: {
    heading: 'Changes',
    comparedWith: 'Changes compared with {old}',
    sources: 'Compared: {old} and {new}',
    noChanges: 'No changes.',
    summary: { one: '1 change', many: '{n} changes' },
    planLevel: 'The plan',
    sections: 'Sections',
    courses: 'Courses',
    appendices: 'Appendices',
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    sectionAdded: 'New section',
    sectionRemoved: 'Removed section',
    courseAdded: 'New course',
    courseRemoved: 'Removed course',
    appendixAdded: 'New appendix',
    appendixRemoved: 'Removed appendix',
    eventAdded: 'New event',
    eventRemoved: 'Removed event',
    eventChanged: 'Changed event',
    renamed: 'Renamed: {from} → {to}',
    idChanged: 'New id: {from} → {to}',
    moved: 'Moved from the section {from} to {to}',
    position: 'Moved from place {from} to place {to}',
    inSection: 'in the section {section}',
    reordered: 'new order',
    set: 'now',
    unset: 'removed (was {before})',
    yes: 'yes',
    no: 'no',
    internal: 'Internal',
    before: 'Before',
    after: 'Now',
    fields: {
      title: 'Title', subtitle: 'Subtitle', slogan: 'Slogan', kind: 'Document kind', language: 'Language', period: 'Period',
      status: 'Status', 'status.state': 'Status', 'status.proposedBy': 'Proposed by', 'status.meeting': 'Meeting', 'status.adoptedBy': 'Adopted by', 'status.adoptedOn': 'Adopted on',
      issued: 'Issued', 'issued.place': 'Issued, place', 'issued.date': 'Issued, date',
      publisher: 'Publisher', 'publisher.name': 'Publisher', 'publisher.shortName': 'Publisher, short name', 'publisher.kind': 'Publisher, kind', 'publisher.region': 'Publisher, region', 'publisher.website': 'Publisher, website', 'publisher.email': 'Publisher, email', 'publisher.phone': 'Publisher, phone', 'publisher.address': 'Publisher, address',
      introduction: 'Introduction', 'introduction.title': 'Introduction heading', 'introduction.text': 'Introduction text', 'introduction.quotes': 'Introduction quotations', 'introduction.signatures': 'Signatures',
      proposal: 'Proposal', 'proposal.title': 'Proposal heading', 'proposal.text': 'Proposal text', 'proposal.clauses': 'Decision clauses',
      contacts: 'Contact', goals: 'Goals', links: 'Links', keywords: 'Keywords', internalNotes: 'Internal notes', internal: 'Committee only',
      summary: 'Lead', description: 'Content', audience: 'Audience', purpose: 'Purpose', scope: 'Level', delivery: 'Delivery', residential: 'Residential',
      format: 'Format', 'format.type': 'Format', 'format.days': 'Format, days', 'format.weekends': 'Format, weekends', 'format.sessions': 'Format, sessions', 'format.hours': 'Format, hours', 'format.text': 'Format, text',
      steps: 'Steps', organisers: 'Organisers', prerequisites: 'Prerequisites', 'prerequisites.courses': 'Prerequisites, courses', 'prerequisites.text': 'Prerequisites',
      occurrences: 'Dates and places', recurrence: 'How often', 'recurrence.count': 'How often, count', 'recurrence.per': 'How often, per', 'recurrence.onRequest': 'On request', 'recurrence.text': 'How often',
      registration: 'Registration', 'registration.text': 'Registration', 'registration.url': 'Registration, link', 'registration.email': 'Registration, email', 'registration.deadline': 'Registration deadline', 'registration.capacity': 'Places', 'registration.status': 'Registration, status',
      cost: 'Cost', 'cost.free': 'Free of charge', 'cost.amount': 'Cost, amount', 'cost.currency': 'Cost, currency', 'cost.paidBy': 'Paid by', 'cost.notCovered': 'Not covered', 'cost.text': 'Cost',
      history: 'History', quotes: 'Quotations', notes: 'Other', text: 'Text',
      date: 'Date', endDate: 'End date', startTime: 'Start time', endTime: 'End time', course: 'Course', venue: 'Venue', town: 'Town', online: 'Online',
      months: 'Month',
    },
  },
  machine: machineWords({
    browser: {
      notFound: 'No Chrome, Edge, Chromium or Brave found. Install one, or point to it with --chrome PATH or PUPPETEER_EXECUTABLE_PATH.',
      installLinux: 'Debian/Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium); `npm run setup` does it when run as root.',
      installMac: 'macOS: install Google Chrome or Microsoft Edge, or run: brew install --cask google-chrome',
      installWindows: 'Windows: Microsoft Edge comes with Windows; reinstall it with: winget install Microsoft.Edge (or: winget install Google.Chrome)',
      explicitMissing: (source, file) => `The browser given by ${source} does not exist or cannot be run: ${file}`,
      explicitMissingHint: 'Fix the path, or leave it out to use the Chrome, Edge, Chromium or Brave installed on this machine.',
      tooOld: (name, version, min) => `${name} ${version} is too old to print the PDFs (outline and tags need version ${min} or later).`,
      tooOldHint: 'Update the browser (its menu: Help > About), or name a newer one with --chrome PATH.',
    },
    locked: (name: string): string => `${name} is open in another program: close ${name} in your PDF viewer and build again.`,
  }),
  /** build --print-timeout SECONDS. */
  printTimeout: {
    help: 'how long one PDF may take to print before that plan fails (default 60)',
    invalid: (value: string): string => `--print-timeout must be a number of seconds above 0, not ${value}`,
  },
};
