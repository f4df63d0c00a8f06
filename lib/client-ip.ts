/**
 * The visitor's address as the nearest proxy saw it: the LAST X-Forwarded-For entry (a visitor can put anything
 * in front of it, but each proxy appends the address it received the connection from; Next itself fills the
 * header with the socket address when there is no proxy). Deploy behind a proxy that appends to the header.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").pop()?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
