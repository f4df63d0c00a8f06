import { decode, encode, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env";
import { activityDue, SESSION_MAX_AGE_SECONDS, sessionExpired } from "./session-policy";

// next-auth's session cookie, as proxy.ts sees it: it renews the activity stamp there, because pages
// (React Server Components) cannot set cookies. The name follows next-auth: "__Secure-" over https.
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

export type SessionCheck =
  | { state: "none" }
  | { state: "expired"; cookie: string }
  | { state: "active"; cookie: string; renewed?: { value: string; maxAge: number } };

/** Reads the session token from the cookie; "renewed" is a new token value when the activity stamp is due. */
export async function checkSessionCookie(cookies: { get(name: string): { value: string } | undefined }, now = Date.now()): Promise<SessionCheck> {
  const cookie = SESSION_COOKIES.find((name) => cookies.get(name));
  if (!cookie) return { state: "none" };
  let token: JWT | null = null;
  try {
    token = await decode({ token: cookies.get(cookie)!.value, secret: env.NEXTAUTH_SECRET });
  } catch {
    token = null; // tampered with, signed with another secret, or past its expiry
  }
  if (!token || sessionExpired(token, now, env.SESSION_IDLE_MINUTES)) return { state: "expired", cookie };
  if (!activityDue(token, now)) return { state: "active", cookie };
  // encode() sets iat, exp and jti afresh; the session still ends SESSION_MAX_AGE_SECONDS after sign-in.
  const claims: JWT = { ...token, la: now };
  delete claims.iat;
  delete claims.exp;
  delete claims.jti;
  const maxAge = Math.max(1, SESSION_MAX_AGE_SECONDS - Math.floor((now - token.sia!) / 1000));
  return { state: "active", cookie, renewed: { value: await encode({ token: claims, secret: env.NEXTAUTH_SECRET, maxAge }), maxAge } };
}
