import { addCalendarDays, addWorkingDays, type Calendar } from "@/lib/calendar/working-days";

// 条例第二十六条 on the working-day calendar (lib/calendar: Monday–Friday, minus statutory holidays, plus 调休
// make-up days). The calendar is data in the database: callers load it once per page (loadCalendar) and pass it
// to every item of the list.

/** 条例第二十六条: proactive information is published within 20 working days of being made or changed. */
export const PUBLICATION_WORKING_DAYS = 20;

/**
 * The last day on which an item made on `createdOn` is published in time: the 20th working day after it
 * (the day the period starts from is not counted, as with every statutory period).
 */
export function publicationDeadline(createdOn: string, calendar: Calendar): string {
  return addWorkingDays(createdOn, PUBLICATION_WORKING_DAYS, calendar);
}

/**
 * Published later than 条例第二十六条 allows. Pass today's date as `publishedOn` to ask whether an unpublished
 * item is already overdue.
 */
export function isPublishedLate(createdOn: string, publishedOn: string, calendar: Calendar): boolean {
  return publishedOn > publicationDeadline(createdOn, calendar);
}

/**
 * The rule turned round for counting in SQL: for each publication day p from `first` to `last`, the earliest
 * 成文日期 still in time when published on p. An item published on p is late exactly when its createdOn is before
 * that day, because the deadline never moves back as createdOn moves forward (the working days after a later day
 * are a subset of those after an earlier one). So a year's late items are one index seek per publication day.
 */
export function inTimeCutoffs(first: string, last: string, calendar: Calendar): { publishedOn: string; createdBefore: string }[] {
  // Start from a day whose deadline falls before `first`: the deadline is at least one day after createdOn.
  let created = addCalendarDays(first, -1);
  while (publicationDeadline(created, calendar) >= first) created = addCalendarDays(created, -1);
  const cutoffs: { publishedOn: string; createdBefore: string }[] = [];
  for (let day = first; day <= last; day = addCalendarDays(day, 1)) {
    while (publicationDeadline(created, calendar) < day) created = addCalendarDays(created, 1);
    cutoffs.push({ publishedOn: day, createdBefore: created });
  }
  return cutoffs;
}

export type PublicationFlag = "late" | "overdue" | null;

/**
 * The list's warning for a proactive item: published after the deadline ("late"), or not yet published
 * although the deadline has passed ("overdue"). Other disclosure attributes have no deadline.
 */
export function publicationFlag(
  item: { disclosure: string; createdOn: string; publishedOn: string | null },
  today: string,
  calendar: Calendar,
): PublicationFlag {
  if (item.disclosure !== "proactive") return null;
  if (item.publishedOn) return isPublishedLate(item.createdOn, item.publishedOn, calendar) ? "late" : null;
  return isPublishedLate(item.createdOn, today, calendar) ? "overdue" : null;
}
