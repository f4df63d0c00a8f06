"use client";

import { CodeOptions, Field, inputClass } from "@/components/ui/form";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { OrgOption } from "./options";

/** 角色 and 所属机构, alike when an account is created and when it is edited. */
export function RoleOrgFields({ orgChoices, role, orgId }: { orgChoices: OrgOption[]; role: Role; orgId: string }) {
  return (
    <>
      <Field name="role" label="角色">
        {(p) => (
          <select {...p} defaultValue={role} className={inputClass}>
            <CodeOptions set={ROLES} />
          </select>
        )}
      </Field>
      <Field name="orgId" label="所属机构">
        {(p) => (
          <select {...p} defaultValue={orgId} className={inputClass}>
            {orgChoices.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
