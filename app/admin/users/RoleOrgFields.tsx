"use client";

import { Field, inputClass, Options } from "@/components/ui/form";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { OrgOption } from "./options";

/** 角色 and 所属机构, alike when an account is created and when it is edited. */
export function RoleOrgFields({ orgChoices, role, orgId }: { orgChoices: OrgOption[]; role: Role; orgId: string }) {
  const select = (name: string, label: string, value: string, choices: readonly (readonly [string, string])[]) => (
    <Field name={name} label={label}>
      {(p) => (
        <select {...p} defaultValue={value} className={inputClass}>
          <Options choices={choices} />
        </select>
      )}
    </Field>
  );
  return (
    <>
      {select("role", "角色", role, Object.entries(ROLES))}
      {select("orgId", "所属机构", orgId, orgChoices)}
    </>
  );
}
