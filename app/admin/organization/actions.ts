"use server";

import { action } from "@/lib/action";
import { updateOrganization } from "@/lib/organizations";
import { organizationSchema } from "@/lib/organization-schema";

export const updateOrganizationAction = action("organization.manage", organizationSchema, (input, user) => updateOrganization(user, input));
