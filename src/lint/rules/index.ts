import { brandContrast } from './brand-contrast.js';
import { clauseWithoutAtt } from './clause-without-att.js';
import { costContradiction } from './cost-contradiction.js';
import { courseWithoutAudience } from './course-without-audience.js';
import { commentInValue, keyInBlockText } from './data-loss.js';
import { dateOutsidePeriod } from './date-outside-period.js';
import { dateRangeOrder } from './date-range-order.js';
import { dateStatusConflict } from './date-status-conflict.js';
import { dateWithoutYear } from './date-without-year.js';
import { deadlineAfterStart } from './deadline-after-start.js';
import { duplicateId } from './duplicate-id.js';
import { duplicateCourseTitle, duplicateSectionTitle } from './duplicate-title.js';
import { emptySection } from './empty-section.js';
import { eventOutsideMonth } from './event-outside-month.js';
import { imageWithoutAlt } from './image-without-alt.js';
import { malformedEmail } from './malformed-email.js';
import { malformedUrl } from './malformed-url.js';
import { opensAfterDeadline } from './opens-after-deadline.js';
import { emptyText, placeholderText } from './placeholder-text.js';
import { prerequisiteCycle, unknownPrerequisite } from './prerequisites.js';
import { tooLongText, tooManyItems } from './printable-size.js';
import { electiveWithoutOptions, unknownSession } from './sessions.js';
import { skeletonText } from './skeleton-text.js';
import type { Rule } from './types.js';
import { thousandsDot } from './thousands-dot.js';
import { unknownCourse } from './unknown-course.js';
import { unreachableContact } from './unreachable-contact.js';
import { weekdayMismatch } from './weekday-mismatch.js';

/** The rules beyond the schema, one module each, in the order they run. */
export const planRules: readonly Rule[] = [
  duplicateId,
  unknownPrerequisite,
  prerequisiteCycle,
  unknownCourse,
  dateWithoutYear,
  dateRangeOrder,
  dateOutsidePeriod,
  deadlineAfterStart,
  opensAfterDeadline,
  eventOutsideMonth,
  weekdayMismatch,
  dateStatusConflict,
  malformedUrl,
  malformedEmail,
  placeholderText,
  skeletonText,
  emptyText,
  clauseWithoutAtt,
  courseWithoutAudience,
  duplicateSectionTitle,
  duplicateCourseTitle,
  unreachableContact,
  emptySection,
  costContradiction,
  thousandsDot,
  tooLongText,
  tooManyItems,
  unknownSession,
  electiveWithoutOptions,
  imageWithoutAlt,
  brandContrast,
  keyInBlockText,
  commentInValue,
];
