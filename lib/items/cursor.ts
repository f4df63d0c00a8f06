import { isIsoDate } from "@/lib/dates";

/**
 * Keyset pagination: the page after the row (date, id) holds the rows that sort after it in
 * "date DESC, id DESC" order. The cursor is that pair in an opaque, URL-safe form.
 */
export type Cursor = { date: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.date}|${cursor.id}`, "utf8").toString("base64url");
}

/** The cursor in a URL, or null when it is missing or malformed (a tampered link shows the first page). */
export function decodeCursor(value: string | undefined | null): Cursor | null {
  if (!value || value.length > 200) return null;
  const [date, id, ...rest] = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (rest.length || !date || !id || !isIsoDate(date) || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  return { date, id };
}
