"use server";

import { action } from "@/lib/action";
import { setCalendarDay } from "@/lib/calendar/mutations";
import { calendarDaySchema } from "@/lib/calendar/schemas";

export const setCalendarDayAction = action("calendar.manage", calendarDaySchema, async (input, user) => {
  const { affected } = await setCalendarDay(user, input);
  return { affected };
});
