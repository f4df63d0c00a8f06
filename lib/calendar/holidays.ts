/**
 * 全体公民放假的节假日安排 (statutory holidays and 调休 make-up working days), 2019–2026, as data.
 *
 * Source: the State Council General Office's yearly notice 《国务院办公厅关于X年部分节假日安排的通知》, plus the two
 * mid-year changes (2019 劳动节 adjustment, 2020 春节 extension). Every day below was checked against the
 * notice text (see NOTICES) and cross-checked by the tests: each make-up working day is a Saturday or Sunday, each
 * holiday run is a contiguous span of days, runs never overlap, and the yearly totals agree with the notices.
 *
 * What is listed:
 * - kind "holiday": the days the notice says are off ("X月X日至Y日放假（调休）"), including the weekend days
 *   inside such a span. Where the notice only says "X月X日放假，与周末连休" (2019 清明/端午/中秋, 2024 元旦/端午),
 *   only that day is listed: the adjacent weekend is an ordinary weekend and needs no row.
 * - kind "workday": every weekend day the notice says is worked ("X月X日（星期六）上班").
 * Spans that start in the previous December (2019 元旦 from 2018-12-29, 2023 元旦 from 2022-12-31) belong to
 * the following year's notice and are listed under it.
 *
 * Verification: the gov.cn pages themselves could not be fetched from here. Every date was checked against the
 * notice texts as republished by local government and news sites and against an independent open dataset
 * (NateScarlet/holiday-cn), and the yearly totals against a third table; all agree. Least firm: the 文号 of the
 * 2026 notice, 国办发明电〔2025〕7号, seen only in third-party copies (the dates of that notice are firm). The 2019
 * 劳动节 adjustment is 国办发明电〔2019〕3号 (seen on 首都之窗's copy with its metadata), not 2号.
 *
 * Years outside 2019–2026 are not covered: for them the calendar silently falls back to Monday–Friday, so add
 * the new notice here (or as CalendarDay rows) as soon as it is published, usually in October–December.
 */

export type CalendarDayKind = "holiday" | "workday";

/** One row of the CalendarDay table. */
export interface HolidayDay {
  date: string; // YYYY-MM-DD
  kind: CalendarDayKind;
  /** Festival name as written in the notice, e.g. "春节", "国庆节、中秋节". */
  name: string;
  /** The notice(s) the day comes from, e.g. "国办发明电〔2018〕15号". */
  source: string;
}

export interface HolidayNotice {
  /** The year whose holidays the notice arranges. */
  year: number;
  docNo: string;
  title: string;
  /** Date made public (gov.cn / Xinhua release); the signing date can be a day or two earlier, e.g. 2019's was signed 2018-12-04. */
  publishedOn: string;
}

/** The notices used, in order of publication. */
export const NOTICES: readonly HolidayNotice[] = [
  { year: 2019, docNo: "国办发明电〔2018〕15号", title: "国务院办公厅关于2019年部分节假日安排的通知", publishedOn: "2018-12-06" },
  { year: 2019, docNo: "国办发明电〔2019〕3号", title: "国务院办公厅关于调整2019年劳动节假期安排的通知", publishedOn: "2019-03-22" },
  { year: 2020, docNo: "国办发明电〔2019〕16号", title: "国务院办公厅关于2020年部分节假日安排的通知", publishedOn: "2019-11-21" },
  { year: 2020, docNo: "国办发明电〔2020〕1号", title: "国务院办公厅关于延长2020年春节假期的通知", publishedOn: "2020-01-27" },
  { year: 2021, docNo: "国办发明电〔2020〕27号", title: "国务院办公厅关于2021年部分节假日安排的通知", publishedOn: "2020-11-25" },
  { year: 2022, docNo: "国办发明电〔2021〕11号", title: "国务院办公厅关于2022年部分节假日安排的通知", publishedOn: "2021-10-25" },
  { year: 2023, docNo: "国办发明电〔2022〕16号", title: "国务院办公厅关于2023年部分节假日安排的通知", publishedOn: "2022-12-08" },
  { year: 2024, docNo: "国办发明电〔2023〕7号", title: "国务院办公厅关于2024年部分节假日安排的通知", publishedOn: "2023-10-25" },
  { year: 2025, docNo: "国办发明电〔2024〕12号", title: "国务院办公厅关于2025年部分节假日安排的通知", publishedOn: "2024-11-12" },
  { year: 2026, docNo: "国办发明电〔2025〕7号", title: "国务院办公厅关于2026年部分节假日安排的通知", publishedOn: "2025-11-04" },
];

/** The years this table covers; outside them only Monday–Friday applies. */
export const HOLIDAY_YEARS: readonly number[] = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

interface Festival {
  name: string;
  /** Inclusive spans of days off. */
  off: Array<[from: string, to: string]>;
  /** Weekend days worked. */
  work: string[];
  source: string;
}

const N2019 = "国办发明电〔2018〕15号";
const N2019_MAY = "国办发明电〔2018〕15号；国办发明电〔2019〕3号调整";
const N2020 = "国办发明电〔2019〕16号";
const N2020_EXT = "国办发明电〔2020〕1号";
const N2021 = "国办发明电〔2020〕27号";
const N2022 = "国办发明电〔2021〕11号";
const N2023 = "国办发明电〔2022〕16号";
const N2024 = "国办发明电〔2023〕7号";
const N2025 = "国办发明电〔2024〕12号";
const N2026 = "国办发明电〔2025〕7号";

/** The arrangements year by year, transcribed from the notices (comments quote them). */
const ARRANGEMENTS: Record<number, Festival[]> = {
  2019: [
    // 一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
    { name: "元旦", off: [["2018-12-30", "2019-01-01"]], work: ["2018-12-29"], source: N2019 },
    // 二、春节：2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。
    { name: "春节", off: [["2019-02-04", "2019-02-10"]], work: ["2019-02-02", "2019-02-03"], source: N2019 },
    // 三、清明节：4月5日放假，与周末连休。
    { name: "清明节", off: [["2019-04-05", "2019-04-05"]], work: [], source: N2019 },
    // 四、劳动节：原为5月1日放假；〔2019〕3号调整为5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。
    { name: "劳动节", off: [["2019-05-01", "2019-05-04"]], work: ["2019-04-28", "2019-05-05"], source: N2019_MAY },
    // 五、端午节：6月7日放假，与周末连休。
    { name: "端午节", off: [["2019-06-07", "2019-06-07"]], work: [], source: N2019 },
    // 六、中秋节：9月13日放假，与周末连休。
    { name: "中秋节", off: [["2019-09-13", "2019-09-13"]], work: [], source: N2019 },
    // 七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
    { name: "国庆节", off: [["2019-10-01", "2019-10-07"]], work: ["2019-09-29", "2019-10-12"], source: N2019 },
  ],
  2020: [
    // 一、元旦：2020年1月1日放假，共1天。
    { name: "元旦", off: [["2020-01-01", "2020-01-01"]], work: [], source: N2020 },
    // 二、春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。
    // 〔2020〕1号：延长2020年春节假期至2月2日（星期日），2月3日（星期一）起正常上班 — so 2月1日 became a day off.
    { name: "春节", off: [["2020-01-24", "2020-01-30"]], work: ["2020-01-19"], source: N2020 },
    { name: "春节", off: [["2020-01-31", "2020-02-02"]], work: [], source: N2020_EXT },
    // 三、清明节：4月4日至6日放假调休，共3天。
    { name: "清明节", off: [["2020-04-04", "2020-04-06"]], work: [], source: N2020 },
    // 四、劳动节：5月1日至5日放假调休，共5天。4月26日（星期日）、5月9日（星期六）上班。
    { name: "劳动节", off: [["2020-05-01", "2020-05-05"]], work: ["2020-04-26", "2020-05-09"], source: N2020 },
    // 五、端午节：6月25日至27日放假调休，共3天。6月28日（星期日）上班。
    { name: "端午节", off: [["2020-06-25", "2020-06-27"]], work: ["2020-06-28"], source: N2020 },
    // 六、国庆节、中秋节：10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。
    { name: "国庆节、中秋节", off: [["2020-10-01", "2020-10-08"]], work: ["2020-09-27", "2020-10-10"], source: N2020 },
  ],
  2021: [
    // 一、元旦：2021年1月1日至3日放假，共3天。
    { name: "元旦", off: [["2021-01-01", "2021-01-03"]], work: [], source: N2021 },
    // 二、春节：2月11日至17日放假调休，共7天。2月7日（星期日）、2月20日（星期六）上班。
    { name: "春节", off: [["2021-02-11", "2021-02-17"]], work: ["2021-02-07", "2021-02-20"], source: N2021 },
    // 三、清明节：4月3日至5日放假调休，共3天。
    { name: "清明节", off: [["2021-04-03", "2021-04-05"]], work: [], source: N2021 },
    // 四、劳动节：5月1日至5日放假调休，共5天。4月25日（星期日）、5月8日（星期六）上班。
    { name: "劳动节", off: [["2021-05-01", "2021-05-05"]], work: ["2021-04-25", "2021-05-08"], source: N2021 },
    // 五、端午节：6月12日至14日放假，共3天。
    { name: "端午节", off: [["2021-06-12", "2021-06-14"]], work: [], source: N2021 },
    // 六、中秋节：9月19日至21日放假调休，共3天。9月18日（星期六）上班。
    { name: "中秋节", off: [["2021-09-19", "2021-09-21"]], work: ["2021-09-18"], source: N2021 },
    // 七、国庆节：10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班。
    { name: "国庆节", off: [["2021-10-01", "2021-10-07"]], work: ["2021-09-26", "2021-10-09"], source: N2021 },
  ],
  2022: [
    // 一、元旦：2022年1月1日至3日放假，共3天。
    { name: "元旦", off: [["2022-01-01", "2022-01-03"]], work: [], source: N2022 },
    // 二、春节：1月31日至2月6日放假调休，共7天。1月29日（星期六）、1月30日（星期日）上班。
    { name: "春节", off: [["2022-01-31", "2022-02-06"]], work: ["2022-01-29", "2022-01-30"], source: N2022 },
    // 三、清明节：4月3日至5日放假调休，共3天。4月2日（星期六）上班。
    { name: "清明节", off: [["2022-04-03", "2022-04-05"]], work: ["2022-04-02"], source: N2022 },
    // 四、劳动节：4月30日至5月4日放假调休，共5天。4月24日（星期日）、5月7日（星期六）上班。
    { name: "劳动节", off: [["2022-04-30", "2022-05-04"]], work: ["2022-04-24", "2022-05-07"], source: N2022 },
    // 五、端午节：6月3日至5日放假，共3天。
    { name: "端午节", off: [["2022-06-03", "2022-06-05"]], work: [], source: N2022 },
    // 六、中秋节：9月10日至12日放假，共3天。
    { name: "中秋节", off: [["2022-09-10", "2022-09-12"]], work: [], source: N2022 },
    // 七、国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。
    { name: "国庆节", off: [["2022-10-01", "2022-10-07"]], work: ["2022-10-08", "2022-10-09"], source: N2022 },
  ],
  2023: [
    // 一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。
    { name: "元旦", off: [["2022-12-31", "2023-01-02"]], work: [], source: N2023 },
    // 二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。
    { name: "春节", off: [["2023-01-21", "2023-01-27"]], work: ["2023-01-28", "2023-01-29"], source: N2023 },
    // 三、清明节：4月5日放假，共1天。
    { name: "清明节", off: [["2023-04-05", "2023-04-05"]], work: [], source: N2023 },
    // 四、劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。
    { name: "劳动节", off: [["2023-04-29", "2023-05-03"]], work: ["2023-04-23", "2023-05-06"], source: N2023 },
    // 五、端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。
    { name: "端午节", off: [["2023-06-22", "2023-06-24"]], work: ["2023-06-25"], source: N2023 },
    // 六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。
    { name: "中秋节、国庆节", off: [["2023-09-29", "2023-10-06"]], work: ["2023-10-07", "2023-10-08"], source: N2023 },
  ],
  2024: [
    // 一、元旦：1月1日放假，与周末连休。
    { name: "元旦", off: [["2024-01-01", "2024-01-01"]], work: [], source: N2024 },
    // 二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。
    { name: "春节", off: [["2024-02-10", "2024-02-17"]], work: ["2024-02-04", "2024-02-18"], source: N2024 },
    // 三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。
    { name: "清明节", off: [["2024-04-04", "2024-04-06"]], work: ["2024-04-07"], source: N2024 },
    // 四、劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。
    { name: "劳动节", off: [["2024-05-01", "2024-05-05"]], work: ["2024-04-28", "2024-05-11"], source: N2024 },
    // 五、端午节：6月10日放假，与周末连休。
    { name: "端午节", off: [["2024-06-10", "2024-06-10"]], work: [], source: N2024 },
    // 六、中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。
    { name: "中秋节", off: [["2024-09-15", "2024-09-17"]], work: ["2024-09-14"], source: N2024 },
    // 七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
    { name: "国庆节", off: [["2024-10-01", "2024-10-07"]], work: ["2024-09-29", "2024-10-12"], source: N2024 },
  ],
  // From 2025 the amended 《全国年节及纪念日放假办法》 adds 除夕 to 春节 and 5月2日 to 劳动节 (2 more days a year).
  2025: [
    // 一、元旦：1月1日（周三）放假1天，不调休。
    { name: "元旦", off: [["2025-01-01", "2025-01-01"]], work: [], source: N2025 },
    // 二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
    { name: "春节", off: [["2025-01-28", "2025-02-04"]], work: ["2025-01-26", "2025-02-08"], source: N2025 },
    // 三、清明节：4月4日（周五）至6日（周日）放假，共3天。
    { name: "清明节", off: [["2025-04-04", "2025-04-06"]], work: [], source: N2025 },
    // 四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
    { name: "劳动节", off: [["2025-05-01", "2025-05-05"]], work: ["2025-04-27"], source: N2025 },
    // 五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
    { name: "端午节", off: [["2025-05-31", "2025-06-02"]], work: [], source: N2025 },
    // 六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
    { name: "国庆节、中秋节", off: [["2025-10-01", "2025-10-08"]], work: ["2025-09-28", "2025-10-11"], source: N2025 },
  ],
  2026: [
    // 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
    { name: "元旦", off: [["2026-01-01", "2026-01-03"]], work: ["2026-01-04"], source: N2026 },
    // 二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
    { name: "春节", off: [["2026-02-15", "2026-02-23"]], work: ["2026-02-14", "2026-02-28"], source: N2026 },
    // 三、清明节：4月4日（周六）至6日（周一）放假，共3天。
    { name: "清明节", off: [["2026-04-04", "2026-04-06"]], work: [], source: N2026 },
    // 四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
    { name: "劳动节", off: [["2026-05-01", "2026-05-05"]], work: ["2026-05-09"], source: N2026 },
    // 五、端午节：6月19日（周五）至21日（周日）放假，共3天。
    { name: "端午节", off: [["2026-06-19", "2026-06-21"]], work: [], source: N2026 },
    // 六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
    { name: "中秋节", off: [["2026-09-25", "2026-09-27"]], work: [], source: N2026 },
    // 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
    { name: "国庆节", off: [["2026-10-01", "2026-10-07"]], work: ["2026-09-20", "2026-10-10"], source: N2026 },
  ],
};

function nextIsoDay(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function expand(festivals: Festival[]): HolidayDay[] {
  const days: HolidayDay[] = [];
  for (const f of festivals) {
    for (const [from, to] of f.off) {
      for (let d = from; d <= to; d = nextIsoDay(d)) days.push({ date: d, kind: "holiday", name: f.name, source: f.source });
    }
    for (const d of f.work) days.push({ date: d, kind: "workday", name: f.name, source: f.source });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The rows arranged by the notice(s) for one year (possibly including days of the previous December). */
export function holidayDaysForYear(year: number): HolidayDay[] {
  const festivals = ARRANGEMENTS[year];
  return festivals ? expand(festivals) : [];
}

/** Every row for 2019–2026, sorted by date: ready to seed the CalendarDay table. */
export const HOLIDAY_DAYS: readonly HolidayDay[] = HOLIDAY_YEARS.flatMap((year) => holidayDaysForYear(year));
