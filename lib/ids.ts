import { randomBytes } from "node:crypto";

const FINGERPRINT = parseInt(randomBytes(3).toString("hex"), 16).toString(36).padStart(4, "0").slice(-4);
let counter = 0;

/**
 * An id in the shape of Prisma's cuid() — "c", time, counter, process fingerprint, random — for rows written
 * with SQL rather than through a Prisma create. Ids made close together sort together, so bulk inserts append
 * to the primary-key index instead of scattering over it.
 */
export function newId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  const random = Math.floor(Math.random() * 2_821_109_907_456).toString(36).padStart(8, "0"); // 36^8
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${FINGERPRINT}${random}`;
}
