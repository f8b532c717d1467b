/**
 * The one catalogue mechanism: every word studyplan says, in sv (the default), en, nb and da.
 * - The message language is chosen once per run (resolveLang: --lang, the config's `lang`, the
 *   locale, else Swedish) and passed down as a value; nothing below the command layer reads the
 *   environment for it.
 * - One catalogue per language (sv.ts, en.ts, nb.ts, da.ts) holds the words of the commands, reporters,
 *   progress, summaries and diff, and (errors/{sv,en,nb,da}.ts) the words of every failure by its
 *   code (failure.ts: failures are values below the command layer, worded only by it); the
 *   lint rules' messages are the same mechanism's
 *   `rules` part, kept beside the rules (src/lint/messages/{sv,en,nb,da}.ts).
 * - Template labels (templates/NAME/labels/LANG.json) are the template's own words and stay there.
 * tests/unit/i18n.test.ts checks that every catalogue has the same keys.
 */

export * from './lang.js';
export { count, fill, list, q, seconds, type ErrorParams, type ErrorWords } from './text.js';
export { describeFailure, isFailure, type ErrorCode, type Failure } from './failure.js';
export type { DiffMessages } from './diff-words.js';
export type { Words } from './words.js';
export { words } from './catalogue.js';
