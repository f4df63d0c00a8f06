"use server";

import { headers } from "next/headers";
import { publicAction } from "@/lib/action";
import { clientIp } from "@/lib/client-ip";
import { trackSchema } from "@/lib/requests/schemas";
import { trackRequest } from "@/lib/requests/track";

export const trackRequestAction = publicAction(trackSchema, async (input) => trackRequest(input, clientIp(await headers())));
