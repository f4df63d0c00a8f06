"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import {
  explanationsInput,
  publish,
  publishInput,
  refreshInput,
  refreshTextFigures,
  saveExplanations,
  saveText,
  saveTextInput,
} from "@/lib/report/publish";

const page = (year: number) => `/admin/reports/${year}`;

export const saveTextAction = action("report.edit", saveTextInput, async (input, user) => {
  const saved = await saveText(user, input);
  revalidatePath(page(input.year));
  return saved;
});

export const refreshFiguresAction = action("report.edit", refreshInput, async (input, user) => {
  const saved = await refreshTextFigures(user, input);
  revalidatePath(page(input.year));
  return saved;
});

export const saveExplanationsAction = action("report.edit", explanationsInput, async (input, user) => {
  const saved = await saveExplanations(user, input);
  revalidatePath(page(input.year));
  return saved;
});

export const publishAction = action("report.publish", publishInput, async (input, user) => {
  try {
    return await publish(user, input);
  } finally {
    // Also after a refusal: the checks may have changed since the page was drawn, and the page shows them anew.
    revalidatePath(page(input.year));
  }
});
