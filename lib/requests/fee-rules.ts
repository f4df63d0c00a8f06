// 信息处理费 (条例第四十二条), by 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号), one table of rules:
// 第三条 — 按件计收 or 按量计收, the office chooses one per application, never both; both 超额累进 (each unit is
// charged at the rate of the band it falls in). 第四条 按件: per applicant per natural month, 1–10 件 free,
// 11–30 件 100元/件, from 31 件 "以10件为一档，每增加一档，收费标准提高100元/件" (31–40 200元, 41–50 300元 …).
// 第五条 按量 (paper, e-mail, copied data): 1–30 页 free, 31–100 页 10元/页, 101–200 页 20元/页, 201 页 and more
// 40元/页. Text checked against the 109号 as republished by government sites (docs/NOTICES.md). Money in fen.

import type { FEE_BASES } from "./codes";

type FeeBasis = keyof typeof FEE_BASES;

/** A band: units up to `upTo` (inclusive; null = no end) cost `fen` each; `every`/`stepFen` raise it per band above. */
type Band = { upTo: number | null; fen: number; every?: number; stepFen?: number };

export const FEE_RULES: Record<FeeBasis, { unit: string; bands: Band[] }> = {
  per_item: {
    unit: "件",
    bands: [
      { upTo: 10, fen: 0 },
      { upTo: 30, fen: 100_00 },
      { upTo: null, fen: 200_00, every: 10, stepFen: 100_00 }, // 31–40 200元, then +100元 per 10 件
    ],
  },
  per_page: {
    unit: "页",
    bands: [
      { upTo: 30, fen: 0 },
      { upTo: 100, fen: 10_00 },
      { upTo: 200, fen: 20_00 },
      { upTo: null, fen: 40_00 },
    ],
  },
};

/** Guard against absurd input (a typo of 10⁹ pages): far beyond any real application. */
export const MAX_FEE_UNITS = 100_000;

/** The price of the n-th unit (1-based) under a basis. */
export function unitFen(basis: FeeBasis, n: number): number {
  let lower = 0;
  for (const band of FEE_RULES[basis].bands) {
    if (band.upTo === null || n <= band.upTo) {
      const steps = band.every ? Math.floor((n - lower - 1) / band.every) : 0;
      return band.fen + steps * (band.stepFen ?? 0);
    }
    lower = band.upTo;
  }
  throw new Error("unreachable: the last band has no end");
}

export type FeeLine = { from: number; to: number; unitFen: number; fen: number };
export type FeeQuote = { basis: FeeBasis; units: number; before: number; fen: number; lines: FeeLine[] };

/**
 * The fee of `units` new units, after `before` units already counted (按件: the applicant's 件 earlier in the same
 * natural month; 按量: 0, each application's pages stand alone), with one line per rate charged.
 */
export function quoteFee(basis: FeeBasis, units: number, before = 0): FeeQuote {
  if (!Number.isInteger(units) || !Number.isInteger(before) || units < 0 || before < 0 || units + before > MAX_FEE_UNITS) {
    throw new RangeError(`件数或页数应为0至${MAX_FEE_UNITS}之间的整数`);
  }
  const lines: FeeLine[] = [];
  for (let n = before + 1; n <= before + units; n++) {
    const price = unitFen(basis, n);
    const line = lines.at(-1);
    if (line && line.unitFen === price) {
      line.to = n;
      line.fen += price;
    } else lines.push({ from: n, to: n, unitFen: price, fen: price });
  }
  return { basis, units, before, fen: lines.reduce((sum, l) => sum + l.fen, 0), lines };
}

/** "第11—30件 100.00元/件 × 20 = 2000.00元" lines for the notice. */
export function describeQuote(quote: FeeQuote): string[] {
  const unit = FEE_RULES[quote.basis].unit;
  const yuan = (fen: number) => `${(fen / 100).toFixed(2)}元`;
  return quote.lines.map((l) => `第${l.from === l.to ? l.from : `${l.from}—${l.to}`}${unit} ${yuan(l.unitFen)}/${unit} × ${l.to - l.from + 1} = ${yuan(l.fen)}`);
}
