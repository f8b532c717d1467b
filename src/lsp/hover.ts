import type { Position as LspPosition } from 'vscode-languageserver/node';
import type { Range } from '../diagnostics/diagnostic.js';
import type { LoadedPlan } from '../plan/load.js';
import { arr, coursesOf, eventsOf, isObj, str, type Path } from '../lint/rules/walk.js';
import type { LspWords } from '../i18n/lsp-words.js';

interface CourseRef {
  id: string;
  path: Path;
}

/** Where the plan names a course by id: prerequisites and calendar events. */
function courseRefs(data: Record<string, unknown>): CourseRef[] {
  const refs: CourseRef[] = [];
  for (const c of coursesOf(data)) {
    const pre = c.node.prerequisites;
    if (!isObj(pre)) continue;
    arr(pre.courses).forEach((id, k) => {
      if (typeof id === 'string') refs.push({ id, path: [...c.path, 'prerequisites', 'courses', k] });
    });
  }
  for (const e of eventsOf(data)) {
    const id = str(e.node.course);
    if (id !== undefined) refs.push({ id, path: [...e.path, 'course'] });
  }
  return refs;
}

const inside = (r: Range, line: number, column: number) =>
  (line > r.start.line || (line === r.start.line && column >= r.start.column)) && (line < r.end.line || (line === r.end.line && column <= r.end.column));

/** The hover text for a course id under the cursor: that course's title and section, in Markdown. */
export function courseHover(loaded: LoadedPlan, at: LspPosition, words: LspWords): string | undefined {
  const data = loaded.data;
  if (!isObj(data)) return undefined;
  const line = at.line + 1;
  const column = at.character + 1;
  const ref = courseRefs(data).find((r) => inside(loaded.sourceMap.rangeOf(r.path), line, column));
  if (!ref) return undefined;
  const course = coursesOf(data).find((c) => c.node.id === ref.id);
  if (!course) return words.unknownCourseHover(ref.id);
  return words.courseHover(ref.id, str(course.node.title) ?? ref.id, str(course.section.node.title));
}
