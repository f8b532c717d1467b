import type { Person } from '../plan/types.js';
import { label, type Labels } from './labels.js';
import { capitalise, joinList } from './helpers/lists.js';
import { note, type ListView } from './view-model-lists.js';
import { plain, type TextRun } from './view-model-text.js';

/** The people of one role, as a course fact: "Kursledare: Lena Holm (LO-distriktet) och Per Ek". */
export interface PeopleFact {
  key: string;
  label: string;
  runs?: TextRun[];
  /** When one of them has more to say than a name: each person an item, what the plan says after it. */
  list?: ListView;
}

/**
 * A course's people, one fact per role in the order the plan first names each role; a role in
 * the plan's own words (`roleText`) is a role of its own, its words the label. A meeting's
 * leader is a "Mötesledare", not a "Kursledare".
 */
export function peopleFacts(people: readonly Person[] | undefined, labels: Labels, meeting: boolean): PeopleFact[] {
  const groups = new Map<string, Person[]>();
  for (const p of people ?? []) {
    const key = p.roleText ?? p.role ?? 'other';
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].map((members) => {
    const first = members[0]!;
    const fact: PeopleFact = { key: `people-${first.role ?? 'other'}`, label: roleLabel(first, members.length, labels, meeting) };
    if (members.some((m) => m.text)) fact.list = { groups: [{ items: members.map((m) => ({ text: nameLine(m), ...(m.text ? note(m.text) : {}) })) }] };
    else fact.runs = [plain(joinList(members.map(nameLine), labels.and))];
    return fact;
  });
}

function roleLabel(p: Person, count: number, labels: Labels, meeting: boolean): string {
  if (p.roleText) return capitalise(p.roleText);
  const role = p.role ?? 'other';
  if (role === 'other') return label(labels.fields, 'people');
  const key = `person-${role}${count > 1 ? '-many' : ''}`;
  return (meeting ? labels.ui[`${key}-meeting`] : undefined) ?? labels.ui[key] ?? label(labels.fields, 'people');
}

/** "Lena Holm (LO-distriktet)": the name, and where the person comes from. */
const nameLine = (p: Person): string => (p.organisation ? `${p.name} (${p.organisation})` : p.name);
