"use server";

import { headers } from "next/headers";
import { publicAction } from "@/lib/action";
import { clientIp } from "@/lib/client-ip";
import { submitApplication } from "@/lib/requests/mutations";
import { publicApplicationSchema } from "@/lib/requests/schemas";

export const submitApplicationAction = publicAction(publicApplicationSchema, async (input) =>
  submitApplication(input, clientIp(await headers())),
);
