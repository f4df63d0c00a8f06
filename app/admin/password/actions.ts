"use server";

import { action } from "@/lib/action";
import { changeOwnPassword } from "@/lib/auth/accounts";
import { changePasswordSchema } from "@/lib/auth/schemas";

export const changePasswordAction = action("account.password", changePasswordSchema, async (input, user) => {
  await changeOwnPassword(user, input);
  return null;
});
