// Exact decimals for the 第二十条 statistics (e.g. 行政事业性收费 in 万元 with up to six places): they are
// read, added and written as text and BigInt, never through a binary float, so 0.1 + 0.2 is 0.3.

/** Places a statistic may have: 万元 to the yuan cent is 6 (0.000001 万元 = 0.01 元). */
export const DECIMAL_PLACES = 6;

const PATTERN = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Whether the text is a plain decimal (no exponent, no grouping), e.g. "12.3456" or "-3". */
export function isDecimal(text: string): boolean {
  return PATTERN.test(text);
}

/** The text in its canonical form: no leading zeros, no trailing fractional zeros, no "-0". Throws on a non-decimal. */
export function normalizeDecimal(text: string): string {
  const match = PATTERN.exec(text.trim());
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign, whole, fraction = ""] = match;
  const digits = whole.replace(/^0+(?=\d)/, "");
  const places = fraction.replace(/0+$/, "");
  const body = places ? `${digits}.${places}` : digits;
  return sign && body !== "0" ? `-${body}` : body;
}

/** How many places after the point the canonical form has. */
export function decimalPlaces(text: string): number {
  const normal = normalizeDecimal(text);
  const point = normal.indexOf(".");
  return point < 0 ? 0 : normal.length - point - 1;
}

function scaled(text: string, places: number): bigint {
  const [whole, fraction = ""] = normalizeDecimal(text).replace("-", "").split(".");
  const value = BigInt(whole + fraction.padEnd(places, "0"));
  return text.trim().startsWith("-") ? -value : value;
}

/** The exact sum of decimals, in canonical form. */
export function addDecimals(values: string[]): string {
  const places = Math.max(0, ...values.map(decimalPlaces));
  const total = values.reduce((sum, value) => sum + scaled(value, places), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return normalizeDecimal(negative ? `-${text}` : text);
}

/**
 * Why a statistic's value is refused, or null: counts are whole numbers, money has at most six places, and
 * only 本年增/减 (delta) may be negative. Shared by the statistics page and the interchange import.
 */
export function statisticValueError(code: string, value: string, isMoney: boolean): string | null {
  if (!isDecimal(value)) return "应为十进制数字";
  if (!isMoney && !/^-?\d+$/.test(value)) return "应为整数";
  if (isMoney && decimalPlaces(value) > DECIMAL_PLACES) return `最多 ${DECIMAL_PLACES} 位小数`;
  if (!code.endsWith(".delta") && value.startsWith("-")) return "不能为负数";
  return null;
}
