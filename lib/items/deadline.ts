import { addWorkingDays, type Calendar } from "@/lib/calendar/working-days";

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
