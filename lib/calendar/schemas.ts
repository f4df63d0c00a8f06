import { z } from "zod";
import { codesOf, type CodeSet } from "@/lib/labels";
import { choice, requiredDate, requiredText } from "@/lib/validation";

/** A stored day overrides Monday–Friday: a weekday off, or a weekend day worked (调休). */
export const CALENDAR_KINDS = { holiday: "休息日（节假日）", workday: "工作日（含调休上班）" } as const satisfies CodeSet<string>;

export const calendarDaySchema = z.object({
  date: requiredDate("日期"),
  kind: choice(codesOf(CALENDAR_KINDS), "这一天的类型"),
  name: requiredText("名称", 40),
  source: requiredText("依据（通知文号）", 200),
});
export type CalendarDayInput = z.infer<typeof calendarDaySchema>;
