"use server";

import { action } from "@/lib/action";
import { createBody, moveBody, renameBody } from "@/lib/organizations/manage";
import { moveBodySchema, newBodySchema, renameBodySchema } from "@/lib/organizations/schema";

export const createBodyAction = action("organization.tree", newBodySchema, (input, user) => createBody(user, input));
export const moveBodyAction = action("organization.tree", moveBodySchema, (input, user) => moveBody(user, input));
export const renameBodyAction = action("organization.tree", renameBodySchema, (input, user) => renameBody(user, input));
