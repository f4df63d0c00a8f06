import { createHash, randomInt } from "node:crypto";

// 查询码: 10 characters from 31 that cannot be confused when read aloud or copied by hand (no 0/O, 1/I/L),
// i.e. about 49 bits of randomness. Only its scrypt hash is stored; the applicant sees it once.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 10;

/** A new 查询码, grouped for reading as "ABCDE-FGHJK". */
export function newTrackingCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What the applicant typed, in the form that was hashed: upper case, no spaces or hyphens. */
export function normalizeTrackingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

/** What is stored of a 查询码: its scrypt hash, and the tag that finds the request to check it against. */
export type StoredTrackingCode = { trackingCodeHash: string; trackingCodeTag: string };

/**
 * 16 bits of the code's SHA-256, stored in clear beside the 申请编号. On a platform every body numbers its
 * requests 2026-0001, 2026-0002 …, so a number alone matches a request in each body and a look-up would run one
 * scrypt per body; with the tag it runs one (3,000 bodies: 1 + 3,000 / 65,536 on average). What the tag gives
 * away leaves 33 of the code's 49 bits to an attacker holding the database — still 10^10 scrypt hashes.
 */
export function trackingCodeTag(normalizedCode: string): string {
  return createHash("sha256").update(normalizedCode).digest("hex").slice(0, 4);
}
