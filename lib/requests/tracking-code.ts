import { randomInt } from "node:crypto";

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
