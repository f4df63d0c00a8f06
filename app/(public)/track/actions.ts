"use server";

import { publicAction } from "@/lib/action";
import { rateLimitedIp } from "@/lib/client-ip";
import { answerCorrectionSchema, trackSchema, withdrawSchema } from "@/lib/requests/schemas";
import { answerCorrection, withdrawApplication } from "@/lib/requests/self-service";
import { trackRequest } from "@/lib/requests/track";

export const trackRequestAction = publicAction(trackSchema, async (input) => trackRequest(input, await rateLimitedIp()));

// The applicant's own steps; each answers with the request as /track now shows it.
export const answerCorrectionAction = publicAction(answerCorrectionSchema, async (input) => {
  const ip = await rateLimitedIp();
  await answerCorrection(input, ip);
  return trackRequest(input, ip);
});

export const withdrawApplicationAction = publicAction(withdrawSchema, async (input) => {
  const ip = await rateLimitedIp();
  await withdrawApplication(input, ip);
  return trackRequest(input, ip);
});
