"use server";

import { z } from "zod";
import { action } from "@/lib/action";
import { convertToProactive } from "@/lib/requests/to-proactive";
import { recordId } from "@/lib/validation";
import {
  closeRequest,
  confirmReceipt,
  endConsultation,
  extendDeadline,
  logIntake,
  noticeFee,
  receiveCorrection,
  recordFeePaid,
  sendNotice,
  sendCorrection,
  startConsultation,
} from "@/lib/requests/mutations";
import {
  closeSchema,
  confirmReceiptSchema,
  consultationEndSchema,
  consultationStartSchema,
  correctionNoticeSchema,
  correctionReceivedSchema,
  extensionSchema,
  feeNoticeSchema,
  feePaidSchema,
  intakeSchema,
  replyFilesSchema,
  noticeSendSchema,
} from "@/lib/requests/schemas";
import { addReplyFiles } from "@/lib/requests/self-service";

export const intakeAction = action("request.handle", intakeSchema, (input, user) => logIntake(user, input));
export const confirmReceiptAction = action("request.handle", confirmReceiptSchema, (input, user) => confirmReceipt(user, input));
export const correctionNoticeAction = action("request.handle", correctionNoticeSchema, (input, user) => sendCorrection(user, input));
export const correctionReceivedAction = action("request.handle", correctionReceivedSchema, (input, user) => receiveCorrection(user, input));
export const consultationStartAction = action("request.handle", consultationStartSchema, (input, user) => startConsultation(user, input));
export const consultationEndAction = action("request.handle", consultationEndSchema, (input, user) => endConsultation(user, input));
export const extensionAction = action("request.handle", extensionSchema, (input, user) => extendDeadline(user, input));
export const feeNoticeAction = action("request.handle", feeNoticeSchema, (input, user) => noticeFee(user, input));
export const feePaidAction = action("request.handle", feePaidSchema, (input, user) => recordFeePaid(user, input));
export const closeAction = action("request.handle", closeSchema, (input, user) => closeRequest(user, input));
export const replyFilesAction = action("request.handle", replyFilesSchema, (input, user) => addReplyFiles(user, input.requestId, input.files));
export const sendNoticeAction = action("request.handle", noticeSendSchema, (input, user) => sendNotice(user, input));

const proactiveSchema = z.object({ requestIds: z.array(recordId()).min(3, "至少三件申请").max(200) });
export const convertToProactiveAction = action("request.handle", proactiveSchema, (input, user) => convertToProactive(user, input));
