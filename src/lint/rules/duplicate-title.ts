import type { Rule } from './types.js';
import { coursesOf, sectionsOf, str, type Path } from './walk.js';

// NFC: "Möte" typed on a Mac (o + combining diaeresis, NFD) is the same title as "Möte" from Windows.
// toLowerCase, not toLocaleLowerCase('sv'): Swedish, Norwegian and Danish have no casing rules of
// their own (only Turkish, Azeri and Lithuanian do), and the locale's version went through ICU.
const norm = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

function duplicates(items: { title: string | undefined; path: Path }[], report: (path: Path, params: Record<string, string | number>) => void, lineOf: (p: Path) => number) {
  const first = new Map<string, Path>();
  for (const { title, path } of items) {
    if (!title?.trim()) continue;
    const name = norm(title);
    const earlier = first.get(name);
    if (earlier) report(path, { title, line: lineOf(earlier) });
    else first.set(name, path);
  }
}

/** Two sections with one title make a confusing table of contents. */
export const duplicateSectionTitle: Rule = {
  id: 'plan/duplicate-section-title',
  severity: 'warning',
  check({ data, map, report }) {
    duplicates(
      sectionsOf(data).map((s) => ({ title: str(s.node.title), path: [...s.path, 'title'] })),
      report,
      (p) => map.rangeOf(p).start.line,
    );
  },
};

/** Two courses with one title are hard to tell apart (or one was pasted twice). */
export const duplicateCourseTitle: Rule = {
  id: 'plan/duplicate-course-title',
  severity: 'warning',
  check({ data, map, report }) {
    duplicates(
      coursesOf(data).map((c) => ({ title: str(c.node.title), path: [...c.path, 'title'] })),
      report,
      (p) => map.rangeOf(p).start.line,
    );
  },
};
