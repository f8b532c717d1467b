import { wordsLang } from '../errors/words-lang.js';

/**
 * What studyplan says about finding a browser, in Swedish,
 * English and Norwegian (bokmål). Picked by the locale (LC_ALL, LC_MESSAGES, LANG): sv and
 * nb/no get theirs, others English, as the command line's other run errors are in English.
 * (Kept beside the code until the message catalogue, src/i18n, takes the CLI's words.)
 */
export interface BrowserWords {
  notFound: string;
  installLinux: string;
  installMac: string;
  installWindows: string;
  explicitMissing(source: string, file: string): string;
  explicitMissingHint: string;
  tooOld(name: string, version: string, min: number): string;
  tooOldHint: string;
}

const en: BrowserWords = {
  notFound: 'No Chrome, Edge, Chromium or Brave found. Install one, or point to it with --chrome PATH or PUPPETEER_EXECUTABLE_PATH.',
  installLinux: 'Debian/Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium); `npm run setup` does it when run as root.',
  installMac: 'macOS: install Google Chrome or Microsoft Edge, or run: brew install --cask google-chrome',
  installWindows: 'Windows: Microsoft Edge comes with Windows; reinstall it with: winget install Microsoft.Edge (or: winget install Google.Chrome)',
  explicitMissing: (source, file) => `The browser given by ${source} does not exist or cannot be run: ${file}`,
  explicitMissingHint: 'Fix the path, or leave it out to use the Chrome, Edge, Chromium or Brave installed on this machine.',
  tooOld: (name, version, min) => `${name} ${version} is too old to print the PDFs (outline and tags need version ${min} or later).`,
  tooOldHint: 'Update the browser (its menu: Help > About), or name a newer one with --chrome PATH.',
};

const sv: BrowserWords = {
  notFound: 'Hittade ingen Chrome, Edge, Chromium eller Brave. Installera en, eller ange den med --chrome SÖKVÄG eller PUPPETEER_EXECUTABLE_PATH.',
  installLinux: 'Debian/Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium); `npm run setup` gör det när den körs som root.',
  installMac: 'macOS: installera Google Chrome eller Microsoft Edge, eller kör: brew install --cask google-chrome',
  installWindows: 'Windows: Microsoft Edge följer med Windows; installera om den med: winget install Microsoft.Edge (eller: winget install Google.Chrome)',
  explicitMissing: (source, file) => `Webbläsaren som ${source} anger finns inte eller kan inte köras: ${file}`,
  explicitMissingHint: 'Rätta sökvägen, eller utelämna den för att använda den Chrome, Edge, Chromium eller Brave som finns på datorn.',
  tooOld: (name, version, min) => `${name} ${version} är för gammal för att skriva ut PDF:erna (bokmärken och taggar kräver version ${min} eller senare).`,
  tooOldHint: 'Uppdatera webbläsaren (i dess meny: Hjälp > Om), eller ange en nyare med --chrome SÖKVÄG.',
};

const nb: BrowserWords = {
  notFound: 'Fant ingen Chrome, Edge, Chromium eller Brave. Installer en, eller angi den med --chrome STI eller PUPPETEER_EXECUTABLE_PATH.',
  installLinux: 'Debian/Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium); `npm run setup` gjør det når den kjøres som root.',
  installMac: 'macOS: installer Google Chrome eller Microsoft Edge, eller kjør: brew install --cask google-chrome',
  installWindows: 'Windows: Microsoft Edge følger med Windows; installer den på nytt med: winget install Microsoft.Edge (eller: winget install Google.Chrome)',
  explicitMissing: (source, file) => `Nettleseren som ${source} angir finnes ikke eller kan ikke kjøres: ${file}`,
  explicitMissingHint: 'Rett stien, eller utelat den for å bruke den Chrome, Edge, Chromium eller Brave som finnes på maskinen.',
  tooOld: (name, version, min) => `${name} ${version} er for gammel til å skrive ut PDF-ene (bokmerker og tagger krever versjon ${min} eller nyere).`,
  tooOldHint: 'Oppdater nettleseren (i menyen: Hjelp > Om), eller angi en nyere med --chrome STI.',
};

export const BROWSER_WORDS = { sv, en, nb } as const;

export function browserWords(env: NodeJS.ProcessEnv = process.env): BrowserWords {
  return BROWSER_WORDS[wordsLang(env)];
}
