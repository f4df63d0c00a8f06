import type { Clock } from "./clock";
import type { RequestStatus } from "./codes";

/** The stored status is a summary of the ledger, recomputed after every step (never set by hand). */
export function statusFromClock(clock: Clock): RequestStatus {
  switch (clock.status) {
    case "not_received":
      return "awaiting_confirmation";
    case "closed":
      return "closed";
    case "awaiting_correction":
      return "awaiting_correction";
  }
  if (clock.waitingFor === "consultation") return "consulting";
  if (clock.waitingFor === "fee") return "awaiting_fee";
  return clock.extensionDays > 0 ? "extended" : "received";
}
