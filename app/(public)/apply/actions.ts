"use server";

import { publicAction } from "@/lib/action";
import { rateLimitedIp } from "@/lib/client-ip";
import { submitApplication } from "@/lib/requests/mutations";
import { publicApplicationSchema } from "@/lib/requests/schemas";

export const submitApplicationAction = publicAction(publicApplicationSchema, async (input) =>
  submitApplication(input, await rateLimitedIp()),
);
