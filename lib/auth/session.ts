import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { denial, type Permission } from "@/lib/permissions";
import { authOptions } from "./options";
import { sessionExpired } from "./session-policy";
import { loadSessionUser, type SignedInUser } from "./users";

/**
 * The signed-in user for this request (checked against the database), or null — also when the session has
 * been idle longer than SESSION_IDLE_MINUTES or is older than its maximum age.
 */
export const currentUser = cache(async (): Promise<SignedInUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid || sessionExpired(session, Date.now(), env.SESSION_IDLE_MINUTES)) return null;
  return loadSessionUser(session.uid, session.sv ?? 0);
});

/** For admin pages: anonymous visitors go to the login page, users with an initial password to the password
 *  page, users without the permission to the "denied" page. */
export async function requirePage(permission: Permission): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  const denied = denial(user, permission);
  if (denied === "password_change_required") redirect("/admin/password");
  if (denied) redirect("/admin/denied");
  return user;
}
