"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { baselineInput, saveBaseline } from "@/lib/report/baseline";

export const saveBaselineAction = action("report.edit", baselineInput, async (input, user) => {
  const saved = await saveBaseline(user, input);
  revalidatePath(`/admin/reports/${input.year + 1}`);
  return saved;
});
