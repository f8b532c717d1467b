import type { Severity } from '../diagnostics/diagnostic.js';
import { count as n } from './text.js';
import type { DiffMessages } from './diff-words.js';
import { machineWords } from './machine-words.js';

/**
 * Svenska: every word studyplan says, the default language. en.ts and nb.ts have the same keys
 * (the type says so, tests/unit/i18n.test.ts checks it). The rules' messages are the `rules`
 * part, kept beside the rules in src/lint/messages/.
 */
/** Typed as DiffMessages where it is written: its keys are checked here. */
const diffWords = (d: DiffMessages): DiffMessages => d;

export const sv = {
  /** Decimal comma (2,31 s). */
  decimalComma: true,
  reporter: {
    severity: { error: 'fel', warning: 'varning', info: 'info' } as Record<Severity, string>,
    hint: 'tips',
    /** `✖ 5 problem (3 fel, 2 varningar)`, the info count only when there are any. */
    summary: (c: Record<Severity, number>): string => {
      const parts = [n(c.error, 'fel', 'fel'), n(c.warning, 'varning', 'varningar')];
      if (c.info) parts.push(n(c.info, 'info', 'info'));
      return `✖ ${n(c.error + c.warning + c.info, 'problem', 'problem')} (${parts.join(', ')})`;
    },
    /** Shown when nothing was found. */
    clean: (files: number): string => `✔ ${n(files, 'plan granskad', 'planer granskade')}, inga problem`,
    tooManyWarnings: (w: number, max: number): string => `studyplan lint hittade för många varningar (${w}; högst ${max} tillåts).`,
  },
  diff: diffWords({
    heading: 'Förändringar',
    comparedWith: 'Förändringar jämfört med {old}',
    sources: 'Jämfört: {old} och {new}',
    noChanges: 'Inga förändringar.',
    summary: { one: '1 förändring', many: '{n} förändringar' },
    planLevel: 'Planen',
    sections: 'Avsnitt',
    courses: 'Utbildningar',
    appendices: 'Bilagor',
    added: 'tillagt',
    removed: 'borttaget',
    changed: 'ändrat',
    sectionAdded: 'Nytt avsnitt',
    sectionRemoved: 'Borttaget avsnitt',
    courseAdded: 'Ny utbildning',
    courseRemoved: 'Borttagen utbildning',
    appendixAdded: 'Ny bilaga',
    appendixRemoved: 'Borttagen bilaga',
    eventAdded: 'Ny händelse',
    eventRemoved: 'Borttagen händelse',
    eventChanged: 'Ändrad händelse',
    renamed: 'Nytt namn: {from} → {to}',
    idChanged: 'Nytt id: {from} → {to}',
    moved: 'Flyttad från avsnittet {from} till {to}',
    position: 'Flyttat från plats {from} till plats {to}',
    inSection: 'i avsnittet {section}',
    reordered: 'ny ordning',
    set: 'nu',
    unset: 'borttaget (var {before})',
    yes: 'ja',
    no: 'nej',
    internal: 'Internt',
    before: 'Förut',
    after: 'Nu',
    fields: {
      title: 'Titel', subtitle: 'Underrubrik', slogan: 'Paroll', kind: 'Slags dokument', language: 'Språk', period: 'Period',
      status: 'Status', 'status.state': 'Status', 'status.proposedBy': 'Förslagsställare', 'status.meeting': 'Möte', 'status.adoptedBy': 'Fastställd av', 'status.adoptedOn': 'Fastställd den',
      issued: 'Utgiven', 'issued.place': 'Utgiven, ort', 'issued.date': 'Utgiven, datum',
      publisher: 'Utgivare', 'publisher.name': 'Utgivare', 'publisher.shortName': 'Utgivare, kortnamn', 'publisher.kind': 'Utgivare, slag', 'publisher.region': 'Utgivare, region', 'publisher.website': 'Utgivare, webbplats', 'publisher.email': 'Utgivare, e-post', 'publisher.phone': 'Utgivare, telefon', 'publisher.address': 'Utgivare, adress',
      introduction: 'Inledning', 'introduction.title': 'Inledningens rubrik', 'introduction.text': 'Inledningens text', 'introduction.quotes': 'Inledningens citat', 'introduction.signatures': 'Underskrifter',
      proposal: 'Förslag till beslut', 'proposal.title': 'Förslagets rubrik', 'proposal.text': 'Förslagets text', 'proposal.clauses': 'Att-satser',
      contacts: 'Kontakt', goals: 'Mål', links: 'Länkar', keywords: 'Nyckelord', internalNotes: 'Interna anteckningar', internal: 'Endast för utskottet',
      summary: 'Ingress', description: 'Innehåll', audience: 'Målgrupp', purpose: 'Syfte', scope: 'Nivå', delivery: 'Genomförande', residential: 'Internat',
      format: 'Form', 'format.type': 'Form', 'format.days': 'Form, dagar', 'format.weekends': 'Form, helger', 'format.sessions': 'Form, träffar', 'format.hours': 'Form, timmar', 'format.text': 'Form, text',
      steps: 'Steg', organisers: 'Arrangörer', prerequisites: 'Förkunskaper', 'prerequisites.courses': 'Förkunskaper, kurser', 'prerequisites.text': 'Förkunskaper',
      occurrences: 'Tid och plats', recurrence: 'Hur ofta', 'recurrence.count': 'Hur ofta, antal', 'recurrence.per': 'Hur ofta, per', 'recurrence.onRequest': 'Vid förfrågan', 'recurrence.text': 'Hur ofta',
      registration: 'Anmälan', 'registration.text': 'Anmälan', 'registration.url': 'Anmälan, länk', 'registration.email': 'Anmälan, e-post', 'registration.deadline': 'Sista anmälningsdag', 'registration.capacity': 'Antal platser', 'registration.status': 'Anmälan, läge',
      cost: 'Kostnad', 'cost.free': 'Kostnadsfri', 'cost.amount': 'Kostnad, belopp', 'cost.currency': 'Kostnad, valuta', 'cost.paidBy': 'Betalas av', 'cost.notCovered': 'Ingår inte', 'cost.text': 'Kostnad',
      history: 'Historik', quotes: 'Citat', notes: 'Övrigt', text: 'Text',
      date: 'Datum', endDate: 'Slutdatum', startTime: 'Starttid', endTime: 'Sluttid', course: 'Utbildning', venue: 'Lokal', town: 'Ort', online: 'Digitalt',
      months: 'Månad',
    },
  }),
  machine: machineWords({
    browser: {
      notFound: 'Hittade ingen Chrome, Edge, Chromium eller Brave. Installera en, eller ange den med --chrome SÖKVÄG eller PUPPETEER_EXECUTABLE_PATH.',
      installLinux: 'Debian/Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium); `npm run setup` gör det när den körs som root.',
      installMac: 'macOS: installera Google Chrome eller Microsoft Edge, eller kör: brew install --cask google-chrome',
      installWindows: 'Windows: Microsoft Edge följer med Windows; installera om den med: winget install Microsoft.Edge (eller: winget install Google.Chrome)',
      explicitMissing: (source, file) => `Webbläsaren som ${source} anger finns inte eller kan inte köras: ${file}`,
      explicitMissingHint: 'Rätta sökvägen, eller utelämna den för att använda den Chrome, Edge, Chromium eller Brave som finns på datorn.',
      tooOld: (name, version, min) => `${name} ${version} är för gammal för att skriva ut PDF:erna (bokmärken och taggar kräver version ${min} eller senare).`,
      tooOldHint: 'Uppdatera webbläsaren (i dess meny: Hjälp > Om), eller ange en nyare med --chrome SÖKVÄG.',
    },
    locked: (name: string): string => `${name} är öppen i ett annat program: stäng ${name} i din PDF-läsare och bygg igen.`,
  }),
};
