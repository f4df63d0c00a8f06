import { headers } from "next/headers";
import { DomainError } from "@/lib/errors";

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (typeof source.get === "function") return (source as { get(name: string): string | null }).get(name) ?? undefined;
  const value = (source as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address: the last entry of X-Forwarded-For. Next's server sets that header to the socket's
 * address when the request has none, and the reverse proxy in front of the app (nginx with
 * `$proxy_add_x_forwarded_for`) appends the address it sees, so the last entry is the one a client cannot
 * choose. Exposed without a proxy, a client could send its own header; see docs/SECURITY.md.
 */
export function clientIpFrom(source: HeaderSource): string | null {
  const entries = (header(source, "x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const ip = entries.at(-1);
  return ip ? ip.slice(0, 64) : null;
}

/** The client's address for the current request, or null outside one (scripts, tests). */
export async function requestIp(): Promise<string | null> {
  try {
    return clientIpFrom(await headers());
  } catch {
    return null;
  }
}

/**
 * The address a public action's rate limit counts against. Without one there is no fair choice: a shared
 * "unknown" counter would let one visitor use up everyone's attempts, and no counter would lift the limit.
 * Next fills X-Forwarded-For on every request it serves, so a missing address means the proxy in front
 * strips the header — a deployment fault, refused loudly rather than served without a limit.
 */
export async function rateLimitedIp(): Promise<string> {
  const ip = await requestIp();
  if (!ip) throw new DomainError("无法识别您的网络地址，请稍后再试，或直接联系受理机关。");
  return ip;
}
