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
