"use server";

import { action } from "@/lib/action";
import { updateSiteSettings } from "@/lib/site";
import { siteSettingsSchema } from "@/lib/site-schema";

export const updateSiteSettingsAction = action("settings.manage", siteSettingsSchema, (input, user) => updateSiteSettings(user, input));
