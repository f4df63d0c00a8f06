import type { FindingKind, FindingSourceKind } from "./kinds";

// The 保密审查 scanner: pure functions over text, so the approval, the bulk re-scan and the tests share one rule.

export type ScanSource = { kind: FindingSourceKind; name?: string; text: string };
export type Finding = {
  kind: FindingKind;
  /** The match with its middle masked (138****1234), never the full number: findings are stored and shown. */
  preview: string;
  /** Up to 20 characters either side, the match itself masked too. */
  context: string;
  source: FindingSourceKind;
  /** The attachment's file name, for attachment sources. */
  sourceName?: string;
  /** A stable key (kind + source + masked match) so a confirmation survives a re-scan of unchanged text. */
  key: string;
};

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** GB 11643-1999: the 18th character is the ISO 7064 MOD 11-2 check of the first 17 digits; the birth date must exist. */
export function isIdNumber(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return ID_CHECK[sum % 11] === value[17].toUpperCase();
}

/** The Luhn check (ISO/IEC 7812) every UnionPay, Visa and Mastercard number passes. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Keeps `head` characters and `tail` characters, masks the rest: 13812341234 → 138****1234. */
export function mask(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return "*".repeat(value.length);
  return value.slice(0, head) + "*".repeat(value.length - head - tail) + value.slice(value.length - tail);
}

type Rule = { kind: FindingKind; pattern: RegExp; accept?: (match: string) => boolean; masked: (match: string) => string };

// Digit runs are bounded by non-digits (and not letters for the ID's X), so a number inside a longer number —
// e.g. an 18-character 统一社会信用代码 such as 91350100M000100Y43 — never matches.
const RULES: Rule[] = [
  { kind: "id_number", pattern: /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, accept: isIdNumber, masked: (m) => mask(m, 6, 4) },
  { kind: "mobile", pattern: /(?<!\d)1[3-9]\d{9}(?!\d)/g, masked: (m) => mask(m, 3, 4) },
  { kind: "bank_card", pattern: /(?<![0-9A-Za-z])\d{16,19}(?![0-9A-Za-z])/g, accept: (m) => passesLuhn(m) && !isIdNumber(m), masked: (m) => mask(m, 4, 4) },
  // A marking, not the word: 绝密/机密/秘密 followed by ★ (the 密级标志 of GB/T 9704) or standing at the start of a line,
  // alone or before a term such as ★一年 — so "秘密通道" or "机密性" in a sentence is not a finding.
  { kind: "secrecy_mark", pattern: /(?:绝密|机密|秘密)\s*★|^[ \t\u3000]*(?:绝密|机密|秘密)(?=[ \t\u3000]*(?:$|★|[0-9一二三四五六七八九十]+年))/gm, masked: (m) => m.trim() },
  { kind: "internal", pattern: /内部资料/g, masked: (m) => m },
  { kind: "not_public", pattern: /不予公开/g, masked: (m) => m },
];

const CONTEXT = 20;

/** Every finding in one text, in order of position. */
export function scanText(source: ScanSource): Finding[] {
  const findings: { at: number; finding: Finding }[] = [];
  for (const rule of RULES) {
    for (const match of source.text.matchAll(rule.pattern)) {
      const value = match[0];
      if (rule.accept && !rule.accept(value)) continue;
      const at = match.index;
      const preview = rule.masked(value);
      const before = source.text.slice(Math.max(0, at - CONTEXT), at);
      const after = source.text.slice(at + value.length, at + value.length + CONTEXT);
      const context = `${before}${preview}${after}`.replace(/\s+/g, " ").trim();
      const key = [rule.kind, source.kind, source.name ?? "", preview].join("|");
      findings.push({ at, finding: { kind: rule.kind, preview, context, source: source.kind, ...(source.name ? { sourceName: source.name } : {}), key } });
    }
  }
  return findings.sort((a, b) => a.at - b.at).map((f) => f.finding);
}

/**
 * The findings of every source. The `不予公开` wording is only a finding in text the public will read; an item whose
 * 公开属性 is 不予公开 is handled by its own field. Duplicate keys (the same number twice in one source) are kept once.
 */
export function scanSources(sources: ScanSource[]): Finding[] {
  const seen = new Set<string>();
  return sources.flatMap(scanText).filter((f) => (seen.has(f.key) ? false : (seen.add(f.key), true)));
}
