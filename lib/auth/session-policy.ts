// When a session ends without anyone signing out (等保 2.0: 登录连接超时自动退出). Pure, so the proxy (which
// refreshes the activity stamp) and currentUser (which enforces it) apply the same rule.

/** A session lasts at most this long after sign-in, however active. */
export const SESSION_MAX_AGE_SECONDS = 12 * 3600;
/** The activity stamp in the token is renewed at most once a minute, so an active user gets few new cookies. */
export const ACTIVITY_REFRESH_MS = 60_000;

/** The session fields of the JWT: `sia` signed in at, `la` last activity, both in epoch milliseconds. */
export type SessionClock = { sia?: number; la?: number };

export function sessionExpired(clock: SessionClock, now: number, idleMinutes: number): boolean {
  if (typeof clock.sia !== "number" || typeof clock.la !== "number") return true;
  return now - clock.la > idleMinutes * 60_000 || now - clock.sia > SESSION_MAX_AGE_SECONDS * 1000;
}

export function activityDue(clock: SessionClock, now: number): boolean {
  return typeof clock.la === "number" && now - clock.la >= ACTIVITY_REFRESH_MS;
}
