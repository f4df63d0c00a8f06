"use server";

import { action } from "@/lib/action";
import { createAppeal, updateAppeal } from "@/lib/appeals/mutations";
import { appealSchema, appealUpdateSchema } from "@/lib/appeals/schemas";

export const createAppealAction = action("appeal.edit", appealSchema, (input, user) => createAppeal(user, input));
export const updateAppealAction = action("appeal.edit", appealUpdateSchema, (input, user) => updateAppeal(user, input));
