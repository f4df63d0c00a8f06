import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import * as password from "@/lib/auth/password";
import { APPLICANT } from "@/test/request-fixtures";
import { submitApplication } from "./mutations";
import { trackRequest } from "./track";
import { normalizeTrackingCode, trackingCodeTag } from "./tracking-code";

// Counts the scrypt checks a look-up makes, running the real one.
vi.mock("@/lib/auth/password", async (original) => {
  const real = await original<typeof import("@/lib/auth/password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});


describe("trackingCodeTag", () => {
  it("is the first 16 bits of the normalised code's SHA-256, in hex", () => {
    expect(trackingCodeTag(normalizeTrackingCode("abcde-fghjk"))).toBe("f57c");
  });
});

describe("a look-up on a platform of many bodies", () => {
  const receipts: { number: string; trackingCode: string }[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 12; i++) {
      const org = await db.organization.create({ data: { code: `body-${i}`, name: `第${i}机关`, indexPrefix: `P${i}` } });
      receipts.push(await submitApplication({ orgId: org.id, ...APPLICANT }, `203.0.113.${i}`));
    }
  });

  it("gives every body the same first number, yet hashes only the requests whose tag matches", async () => {
    expect(new Set(receipts.map((r) => r.number)).size).toBe(1);
    const { number, trackingCode } = receipts[7];
    const sameTag = await db.disclosureRequest.count({ where: { number, trackingCodeTag: trackingCodeTag(normalizeTrackingCode(trackingCode)) } });
    vi.mocked(password.verifyPassword).mockClear();
    const view = await trackRequest({ number, code: trackingCode }, "198.51.100.1");
    expect(view.orgName).toBe("第7机关");
    // One, unless another body's code happens to share the 16-bit tag (1 in 65,536 a body); never one per body.
    expect(vi.mocked(password.verifyPassword)).toHaveBeenCalledTimes(sameTag);
    expect(sameTag).toBeLessThan(receipts.length);
  });
});
