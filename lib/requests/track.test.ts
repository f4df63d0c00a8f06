import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { TRACK_RATE, trackRequest } from "./track";
import { normalizeTrackingCode } from "./tracking-code";

const CODE = "ABCDE-23456";

beforeAll(async () => {
  const org = await db.organization.create({ data: { code: "xt", name: "小陶镇人民政府", indexPrefix: "003680183" } });
  const hash = await hashPassword(normalizeTrackingCode(CODE));
  for (const number of ["2026-0001", "2026-0002"]) {
    await db.disclosureRequest.create({
      data: { orgId: org.id, number, trackingCodeHash: hash, applicantType: "natural_person", channel: "online", status: "awaiting_confirmation", description: `所需信息 ${number}` },
    });
  }
});

const refusal = (promise: Promise<unknown>) => promise.then(() => "ok", (e: Error) => e.message);

describe("trackRequest rate limits", () => {
  it("locks one 申请编号 after its own wrong codes, not the other applications looked up from the same address", async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < TRACK_RATE.perNumber.limit; i++) {
      expect(await refusal(trackRequest({ number: "2026-0001", code: "WRONG-WRONG" }, ip))).toMatch(/没有找到/);
    }
    expect(await refusal(trackRequest({ number: "2026-0001", code: CODE }, ip))).toBe("该申请编号的查询次数过多，请15分钟后再试。");
    const other = await trackRequest({ number: "2026-0002", code: CODE }, ip);
    expect(other.description).toBe("所需信息 2026-0002");
  });

  it("keeps a per-address ceiling across numbers", async () => {
    const ip = "198.51.100.4";
    for (let i = 0; i < TRACK_RATE.perAddress.limit; i++) await refusal(trackRequest({ number: `1999-${String(i).padStart(4, "0")}`, code: CODE }, ip));
    expect(await refusal(trackRequest({ number: "2026-0002", code: CODE }, ip))).toBe("查询次数过多，请15分钟后再试。");
  });
});
