"use server";

import { publicAction } from "@/lib/action";
import { rateLimitedIp } from "@/lib/client-ip";
import { trackSchema } from "@/lib/requests/schemas";
import { trackRequest } from "@/lib/requests/track";

export const trackRequestAction = publicAction(trackSchema, async (input) => trackRequest(input, await rateLimitedIp()));
