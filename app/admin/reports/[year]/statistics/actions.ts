"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { parseEntries, saveStatistics, statisticsInput } from "@/lib/report/statistics";

export const saveStatisticsAction = action("report.edit", statisticsInput, async (input, user) => {
  const saved = await saveStatistics(user, input.year, parseEntries(input.year, input));
  revalidatePath(`/admin/reports/${input.year}`);
  return saved;
});
