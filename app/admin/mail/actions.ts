"use server";

import { z } from "zod";
import { action } from "@/lib/action";
import { retryMail } from "@/lib/mail/outbox";
import { recordId } from "@/lib/validation";

export const retryMailAction = action("mail.manage", z.object({ id: recordId() }), (input, user) => retryMail(user, input.id));
