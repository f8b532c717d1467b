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
  /** A list item or a date that only moved: "flyttat från {from} till {to}". */
  movedDate: string;
  /** The kinds of organisation (organisers' and the publisher's `kind`). */
  organisationKinds: Record<string, string>;
  /** Other values of the plan's lists of choices that the template's labels do not word (venueStatus, pace, award, kinds of notice, event and registration). */
  values: Record<string, string>;
}
