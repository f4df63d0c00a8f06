/** Whether a calendar date (YYYY-MM-DD) is a working day; the working-day calendar supplies the real one. */
export type IsWorkingDay = (date: string) => boolean;

/** Monday to Friday: the fallback until statutory holidays and 调休 days are known. */
export const isWeekday: IsWorkingDay = (date) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
};

/** 条例第二十六条: proactive information is published within 20 working days of being made or changed. */
export const PUBLICATION_WORKING_DAYS = 20;

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The last day on which an item made on `createdOn` is published in time: the 20th working day after it
 * (the day the period starts from is not counted, as with every statutory period).
 */
export function publicationDeadline(createdOn: string, isWorkingDay: IsWorkingDay = isWeekday): string {
  let date = createdOn;
  for (let counted = 0; counted < PUBLICATION_WORKING_DAYS; ) {
    date = nextDay(date);
    if (isWorkingDay(date)) counted++;
  }
  return date;
}

/**
 * Published later than 条例第二十六条 allows. Pass today's date as `publishedOn` to ask whether an unpublished
 * item is already overdue.
 */
export function isPublishedLate(createdOn: string, publishedOn: string, isWorkingDay: IsWorkingDay = isWeekday): boolean {
  return publishedOn > publicationDeadline(createdOn, isWorkingDay);
}

export type PublicationFlag = "late" | "overdue" | null;

/**
 * The list's warning for a proactive item: published after the deadline ("late"), or not yet published
 * although the deadline has passed ("overdue"). Other disclosure attributes have no deadline.
 */
export function publicationFlag(
  item: { disclosure: string; createdOn: string; publishedOn: string | null },
  today: string,
  isWorkingDay: IsWorkingDay = isWeekday,
): PublicationFlag {
  if (item.disclosure !== "proactive") return null;
  if (item.publishedOn) return isPublishedLate(item.createdOn, item.publishedOn, isWorkingDay) ? "late" : null;
  return isPublishedLate(item.createdOn, today, isWorkingDay) ? "overdue" : null;
}
