/**
 * How long an online application has waited for the office to confirm receipt, in calendar days: the
 * 条例's clock has not started, so only the plain wait matters to the clerk (and to the applicant).
 */
export function waitingSince(submittedOn: string, today: string): string {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${submittedOn}T00:00:00Z`)) / 86_400_000);
  if (days <= 0) return "今天提交";
  return `已等待 ${days} 天（${submittedOn} 提交）`;
}
