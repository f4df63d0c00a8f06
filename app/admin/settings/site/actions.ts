"use server";

import { action } from "@/lib/action";
import { siteSettingsChanged, updateSiteSettings } from "@/lib/site";
import { siteSettingsSchema } from "@/lib/site-schema";

export const updateSiteSettingsAction = action("settings.manage", siteSettingsSchema, async (input, user) => siteSettingsChanged(await updateSiteSettings(user, input)));
