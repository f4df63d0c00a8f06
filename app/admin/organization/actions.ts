"use server";

import { action } from "@/lib/action";
import { updateOrganization } from "@/lib/organizations/queries";
import { organizationSchema } from "@/lib/organizations/schema";

export const updateOrganizationAction = action("organization.manage", organizationSchema, (input, user) => updateOrganization(user, input));
