import { z } from "zod";
import { todayInChina } from "@/lib/dates";
import { choice, optionalDate, optionalText, requiredDate, requiredText } from "@/lib/validation";
import { appealKindCodes, appealResultCodes } from "./codes";

const appealShape = {
  number: requiredText("案件编号", 40),
  kind: choice(appealKindCodes, "案件类型"),
  filedOn: requiredDate("立案（申请）日期").refine((value) => value <= todayInChina(), "立案（申请）日期不能晚于今天"),
  closedOn: optionalDate("审结日期"),
  result: z
    .union([z.literal(""), choice(appealResultCodes, "审结结果")])
    .transform((value) => (value ? value : undefined))
    .optional(),
  requestNumber: optionalText("关联的申请编号", 20),
  note: optionalText("备注", 500),
};

type AppealFields = { filedOn: string; closedOn?: string; result?: string };

/** A case is pending until it has both a closing date and a result; it cannot close before it was filed. */
function checkClosing(value: AppealFields, ctx: z.RefinementCtx) {
  if (value.closedOn && !value.result) ctx.addIssue({ code: "custom", path: ["result"], message: "已审结的案件请选择审结结果" });
  if (value.result && !value.closedOn) ctx.addIssue({ code: "custom", path: ["closedOn"], message: "填写了审结结果，请同时填写审结日期" });
  if (value.closedOn && value.closedOn < value.filedOn) {
    ctx.addIssue({ code: "custom", path: ["closedOn"], message: "审结日期不能早于立案（申请）日期" });
  }
  if (value.closedOn && value.closedOn > todayInChina()) {
    ctx.addIssue({ code: "custom", path: ["closedOn"], message: "审结日期不能晚于今天" });
  }
}

export const appealSchema = z.object(appealShape).superRefine(checkClosing);
export type AppealInput = z.infer<typeof appealSchema>;

export const appealUpdateSchema = z
  .object({ id: requiredText("案件", 40), version: z.coerce.number().int().positive(), ...appealShape })
  .superRefine(checkClosing);
export type AppealUpdate = z.infer<typeof appealUpdateSchema>;
