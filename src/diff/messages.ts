/**
 * The words of `studyplan diff`, per language. Field names the booklet template also prints
 * (Målgrupp, Syfte…) are the same words here; the rest are the diff's own.
 */
export interface DiffMessages {
  heading: string;
  /** "{old}" is the old plan's title and period. */
  comparedWith: string;
  sources: string;
  noChanges: string;
  summary: { one: string; many: string };
  planLevel: string;
  sections: string;
  courses: string;
  appendices: string;
  added: string;
  removed: string;
  changed: string;
  sectionAdded: string;
  sectionRemoved: string;
  courseAdded: string;
  courseRemoved: string;
  appendixAdded: string;
  appendixRemoved: string;
  eventAdded: string;
  eventRemoved: string;
  eventChanged: string;
  renamed: string;
  idChanged: string;
  moved: string;
  position: string;
  inSection: string;
  reordered: string;
  set: string;
  unset: string;
  yes: string;
  no: string;
  internal: string;
  before: string;
  after: string;
  fields: Record<string, string>;
}

const sv: DiffMessages = {
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
};

const en: DiffMessages = {
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
};

const nb: DiffMessages = {
  ...sv,
  heading: 'Endringer',
  comparedWith: 'Endringer sammenlignet med {old}',
  sources: 'Sammenlignet: {old} og {new}',
  noChanges: 'Ingen endringer.',
  summary: { one: '1 endring', many: '{n} endringer' },
  planLevel: 'Planen',
  sections: 'Avsnitt',
  courses: 'Kurs',
  appendices: 'Vedlegg',
  added: 'lagt til',
  removed: 'fjernet',
  changed: 'endret',
  sectionAdded: 'Nytt avsnitt',
  sectionRemoved: 'Fjernet avsnitt',
  courseAdded: 'Nytt kurs',
  courseRemoved: 'Fjernet kurs',
  appendixAdded: 'Nytt vedlegg',
  appendixRemoved: 'Fjernet vedlegg',
  eventAdded: 'Ny hendelse',
  eventRemoved: 'Fjernet hendelse',
  eventChanged: 'Endret hendelse',
  renamed: 'Nytt navn: {from} → {to}',
  idChanged: 'Ny id: {from} → {to}',
  moved: 'Flyttet fra avsnittet {from} til {to}',
  position: 'Flyttet fra plass {from} til plass {to}',
  inSection: 'i avsnittet {section}',
  reordered: 'ny rekkefølge',
  set: 'nå',
  unset: 'fjernet (var {before})',
  yes: 'ja',
  no: 'nei',
  internal: 'Internt',
  before: 'Før',
  after: 'Nå',
  fields: {
    ...sv.fields,
    title: 'Tittel', subtitle: 'Undertittel', kind: 'Dokumenttype', language: 'Språk', publisher: 'Utgiver', 'publisher.name': 'Utgiver',
    introduction: 'Innledning', proposal: 'Forslag til vedtak', 'proposal.clauses': 'At-setninger', contacts: 'Kontakt', links: 'Lenker',
    audience: 'Målgruppe', purpose: 'Formål', description: 'Innhold', organisers: 'Arrangører', prerequisites: 'Forkunnskaper',
    occurrences: 'Tid og sted', registration: 'Påmelding', cost: 'Kostnad', history: 'Historikk', notes: 'Annet', internalNotes: 'Interne notater',
  },
};

export const DIFF_MESSAGES: Record<'sv' | 'en' | 'nb', DiffMessages> = { sv, en, nb };
