// The 条例's periods, in working days: the clock counts with them and the registry's rules and steps quote them.

/** 第三十三条: answer period. */
export const ANSWER_PERIOD_DAYS = 20;
/** 第三十条: 补正 notice due within this many working days of receipt. */
export const CORRECTION_NOTICE_DAYS = 7;
/** 第三十三条: the one extension is at most this many working days. */
export const MAX_EXTENSION_DAYS = 20;
/** 第三十二条, 第三十四条: the consulted party answers within this many working days of receiving the letter. */
export const CONSULTATION_REPLY_DAYS = 15;
/** 109号 [M]: the applicant pays within this many working days of the fee notice. */
export const FEE_PAYMENT_DAYS = 20;
