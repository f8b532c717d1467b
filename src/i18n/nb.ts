import { sv } from './sv.js';
import { count as n } from './text.js';
import { machineWords } from './machine-words.js';
import type { Words } from './words.js';

/** Norsk bokmål: the same keys as sv.ts. */
export const nb: Words = {
  decimalComma: true,
  reporter: {
    severity: { error: 'feil', warning: 'advarsel', info: 'info' },
    hint: 'tips',
    summary: (c) => {
      const parts = [n(c.error, 'feil', 'feil'), n(c.warning, 'advarsel', 'advarsler')];
      if (c.info) parts.push(n(c.info, 'info', 'info'));
      return `✖ ${n(c.error + c.warning + c.info, 'problem', 'problemer')} (${parts.join(', ')})`;
    },
    clean: (files) => `✔ ${n(files, 'plan kontrollert', 'planer kontrollert')}, ingen problemer`,
    tooManyWarnings: (w, max) => `studyplan lint fant for mange advarsler (${w}; høyst ${max} er tillatt).`,
  },
  diff: {
    ...sv.diff,
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
      ...sv.diff.fields,
      title: 'Tittel', subtitle: 'Undertittel', kind: 'Dokumenttype', language: 'Språk', publisher: 'Utgiver', 'publisher.name': 'Utgiver',
      introduction: 'Innledning', proposal: 'Forslag til vedtak', 'proposal.clauses': 'At-setninger', contacts: 'Kontakt', links: 'Lenker',
      audience: 'Målgruppe', purpose: 'Formål', description: 'Innhold', organisers: 'Arrangører', prerequisites: 'Forkunnskaper',
      occurrences: 'Tid og sted', registration: 'Påmelding', cost: 'Kostnad', history: 'Historikk', notes: 'Annet', internalNotes: 'Interne notater',
    },
  },
  machine: machineWords({
    browser: {
      notFound: 'Fant ingen Chrome, Edge, Chromium eller Brave. Installer en, eller angi den med --chrome STI eller PUPPETEER_EXECUTABLE_PATH.',
      installLinux: 'Debian/Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium); `npm run setup` gjør det når den kjøres som root.',
      installMac: 'macOS: installer Google Chrome eller Microsoft Edge, eller kjør: brew install --cask google-chrome',
      installWindows: 'Windows: Microsoft Edge følger med Windows; installer den på nytt med: winget install Microsoft.Edge (eller: winget install Google.Chrome)',
      explicitMissing: (source, file) => `Nettleseren som ${source} angir finnes ikke eller kan ikke kjøres: ${file}`,
      explicitMissingHint: 'Rett stien, eller utelat den for å bruke den Chrome, Edge, Chromium eller Brave som finnes på maskinen.',
      tooOld: (name, version, min) => `${name} ${version} er for gammel til å skrive ut PDF-ene (bokmerker og tagger krever versjon ${min} eller nyere).`,
      tooOldHint: 'Oppdater nettleseren (i menyen: Hjelp > Om), eller angi en nyere med --chrome STI.',
    },
    locked: (name: string): string => `${name} er åpen i et annet program: lukk ${name} i PDF-leseren din og bygg på nytt.`,
  }),
};
