import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { can, type Permission } from "@/lib/permissions";
import { authOptions } from "./options";
import { loadSessionUser } from "./users";
import type { SessionUser } from "./roles";

/** The signed-in user for this request (checked against the database), or null. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid) return null;
  return loadSessionUser(session.uid, session.sv ?? 0);
});

/** For admin pages: sends anonymous visitors to the login page and refuses users without the permission. */
export async function requirePage(permission: Permission): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (!can(user, permission)) redirect("/admin/denied");
  return user;
}
