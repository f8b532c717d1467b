import { beginsWith } from './same-words.js';
import type { FactView } from './view-model-facts.js';

/**
 * FACT without its label when the words on its line begin with the label's words ("Anmälan:
 * Anmälan sker …", "Diplom: Diplom deles ut …"): the plan's sentence names its subject itself.
 * Only the label's own line counts; a list or a text under the label keeps it.
 */
export function withoutDoubledLabel(fact: FactView, toolWords: readonly string[] = []): FactView {
  if (fact.courseLinks?.length || fact.items || fact.contactsApart) return fact;
  const line = fact.runs?.length ? fact.runs.map((r) => ('text' in r ? r.text : r.html)).join('') : (fact.occurrence?.label ?? fact.occurrence?.text);
  // The tool's own call to act ("Ansökan: Ansök senast …") is no plan sentence naming its subject: the label stays.
  if (line && toolWords.some((w) => w && line.startsWith(w))) return fact;
  return line && beginsWith(line, fact.label) ? { ...fact, unlabelled: true } : fact;
}
