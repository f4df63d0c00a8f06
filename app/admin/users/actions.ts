"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { createUser, resetPassword, setUserActive, updateUser } from "@/lib/auth/accounts";
import { createUserSchema, resetPasswordSchema, setUserActiveSchema, updateUserSchema } from "@/lib/auth/schemas";

export const createUserAction = action("user.manage", createUserSchema, async (input, user) => {
  const created = await createUser(user, input);
  revalidatePath("/admin/users");
  return { id: created.id };
});

export const updateUserAction = action("user.manage", updateUserSchema, async (input, user) => {
  await updateUser(user, input);
  revalidatePath("/admin/users", "layout");
  return null;
});

export const setUserActiveAction = action("user.manage", setUserActiveSchema, async (input, user) => {
  await setUserActive(user, input);
  revalidatePath("/admin/users", "layout");
  return null;
});

export const resetPasswordAction = action("user.manage", resetPasswordSchema, async (input, user) => {
  await resetPassword(user, input);
  revalidatePath("/admin/users", "layout");
  return null;
});
