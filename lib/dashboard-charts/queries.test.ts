import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { dashboardCharts, defaultChartYear } from "./queries";

// No CalendarDay rows: working days are Monday to Friday, so the deadlines below are counted by hand:
// received Mon 2024-03-04 → 20 working days from the next day → Mon 2024-04-01; Mon 2024-05-06 → Mon 2024-06-03;
// Fri 2023-12-01 → Fri 2023-12-29.

let clerk: SessionUser;
const admin: SessionUser = { id: "u-admin", username: "admin", name: "管理员", role: "ADMIN", orgId: null };
const zeros = () => Array<number>(12).fill(0);
const months = (at: Record<number, number>) => zeros().map((v, i) => at[i + 1] ?? v);

beforeAll(async () => {
  const a = await db.organization.create({ data: { code: "xt", name: "小陶镇人民政府", indexPrefix: "A" } });
  const b = await db.organization.create({ data: { code: "sfj", name: "永安市司法局", indexPrefix: "B" } });
  clerk = { id: "u-clerk", username: "clerk", name: "办事员", role: "CLERK", orgId: a.id };
  const mz = await db.category.create({ data: { code: "mz", name: "民政", sortOrder: 1 } });
  const cz = await db.category.create({ data: { code: "cz", name: "财政", sortOrder: 2 } });
  await db.category.create({ data: { code: "jy", name: "教育", sortOrder: 3 } });
  const item = (orgId: string, categoryId: string, createdOn: string, i: number) =>
    ({ orgId, categoryId, createdOn, indexNo: `X-${i}`, title: `信息${i}`, genre: "other", disclosure: "proactive" });
  await db.item.createMany({
    data: [
      item(a.id, mz.id, "2024-03-01", 1),
      item(a.id, mz.id, "2024-05-01", 2),
      item(a.id, cz.id, "2023-01-01", 3),
      item(a.id, mz.id, "2019-12-31", 4),
      item(b.id, cz.id, "2024-02-02", 5),
    ],
  });
  const request = (orgId: string, number: string, receivedOn: string | null, closedOn: string | null, outcome: string | null) => ({
    orgId,
    number,
    applicantType: "natural_person",
    channel: "in_person",
    receivedOn,
    closedOn,
    outcome,
    status: closedOn ? "closed" : receivedOn ? "received" : "awaiting_confirmation",
  });
  await db.disclosureRequest.createMany({
    data: [
      request(a.id, "2024-0001", "2024-03-04", "2024-03-20", "disclosed"), // due 04-01, on time
      request(a.id, "2024-0002", "2024-03-04", "2024-04-10", "partial"), // due 04-01, late
      request(a.id, "2024-0003", "2024-05-06", null, null), // due 06-03, still open: overdue
      request(a.id, "2023-0001", "2023-12-01", "2024-01-05", "other.other"), // due 2023-12-29: not this year's
      request(a.id, "2024-0004", null, null, null), // online, not yet confirmed: no receipt date
      request(b.id, "2024-0001", "2024-03-04", "2024-03-05", "disclosed"), // another organisation
    ],
  });
});

describe("dashboard charts", () => {
  it("counts a clerk's own organisation only", async () => {
    const charts = await dashboardCharts(clerk, 2024);
    expect(charts.requests.series).toEqual([
      { name: "予以公开", values: months({ 3: 1 }) },
      { name: "部分公开", values: months({ 3: 1 }) },
      { name: "办理中", values: months({ 5: 1 }) },
    ]);
    expect(charts.overdue.series).toEqual([
      { name: "按期答复或未到期", values: months({ 4: 1 }) },
      { name: "逾期", values: months({ 4: 1, 6: 1 }) },
    ]);
    expect(charts.items).toEqual({
      categories: ["2020年", "2021年", "2022年", "2023年", "2024年"],
      series: [
        { name: "民政", values: [0, 0, 0, 0, 2] },
        { name: "财政", values: [0, 0, 0, 1, 0] },
      ],
    });
  });

  it("counts every organisation for a platform-wide admin", async () => {
    const charts = await dashboardCharts(admin, 2024);
    expect(charts.requests.series[0]).toEqual({ name: "予以公开", values: months({ 3: 2 }) });
    expect(charts.overdue.series[0]).toEqual({ name: "按期答复或未到期", values: months({ 4: 2 }) });
    expect(charts.items.series[1]).toEqual({ name: "财政", values: [0, 0, 0, 1, 1] });
  });

  it("opens on the latest year with records", async () => {
    expect(await defaultChartYear(clerk)).toBe(2024);
    expect(await defaultChartYear({ ...clerk, orgId: "no-such-org" })).toBe(Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)));
  });
});
