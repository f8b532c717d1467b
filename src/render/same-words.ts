/**
 * Words never said twice. A label is left out when the words after it begin with it ("Anmälan:
 * Anmälan sker …" prints "Anmälan sker …"; "Kostnad: Kostnaderna …", "Påmelding: Påmeldingen …",
 * "Tilmelding: Tilmeld dig …", "Registration: Register by …" alike), and the tool adds no word of
 * its own that the plan's words already say ("Fullt. Kurset er fulltegnet." prints the plan's
 * sentence alone). A written word is the same as the tool's (a label's, a state's) when it is that
 * word, or that word with an ending (the tool's of three letters or more: "Mål" – "Målet", "fullt"
 * – "fulltegnet"), or its stem (of four letters or more and three fifths of it: "Anmälan" – "Anmäl",
 * "Tilmelding" – "Tilmeld", but not "Tilmelding" – "til"): one stem, in Swedish, Norwegian, Danish
 * and English alike, without a word list per language.
 */

/** The words of a text, lower-case, without markup or punctuation (HTML tags and entities dropped). */
export function wordsOf(text: string): string[] {
  return (
    text
      .replace(/<[^>]*>/g, ' ')
      .replace(/&[#\w]+;/g, ' ')
      .toLocaleLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Whether WRITTEN (the plan's word) is SAID (the tool's word), with an ending, or its stem. */
export function sameWord(said: string, written: string): boolean {
  if (said === written) return true;
  if (said.length >= 3 && written.startsWith(said)) return true;
  return written.length >= 4 && said.startsWith(written) && written.length * 5 >= said.length * 3;
}

/** Whether TEXT begins with the words of LABEL, each the same word: the label would say them twice. */
export function beginsWith(text: string, label: string): boolean {
  const head = wordsOf(text);
  const said = wordsOf(label);
  return said.length > 0 && said.every((w, i) => head[i] !== undefined && sameWord(w, head[i]));
}

/** Whether TEXT says PHRASE: its words in a row, each the same word. */
export function says(text: string, phrase: string): boolean {
  const words = wordsOf(text);
  const said = wordsOf(phrase);
  if (!said.length) return false;
  for (let i = 0; i + said.length <= words.length; i++) if (said.every((w, j) => sameWord(w, words[i + j]!))) return true;
  return false;
}

/** The tool's WORDS, unless the plan's own TEXT already says them: [] or [WORDS]. */
export const unsaid = (words: string, text: string | undefined): string[] => (text && says(text, words) ? [] : [words]);
