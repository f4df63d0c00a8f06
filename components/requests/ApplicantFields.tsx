"use client";

import { Fragment, useState } from "react";
import { CodeOptions, Field, FieldError, inputClass, useFieldErrors } from "@/components/ui/form";
import { APPLICANT_KINDS, APPLICANT_TYPES, OBTAIN_METHODS, PROVISION_FORMS, type ApplicantKind } from "@/lib/requests/codes";
import { ID_TYPES } from "@/lib/requests/identity";

/** A required choice shown as radio buttons, with its error announced next to the group. */
export function RadioGroup({
  name,
  legend,
  set,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  set: Record<string, string>;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const errors = useFieldErrors(name);
  return (
    <fieldset aria-describedby={errors.length ? `${name}-error` : undefined} className="sm:col-span-2">
      <legend className="mb-1 font-medium">
        {legend}
        <span className="ml-1 text-red-700" aria-hidden="true">
          *
        </span>
      </legend>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        {Object.entries(set).map(([code, label]) => (
          <label key={code} className="flex items-center gap-2">
            <input
              type="radio"
              name={name}
              value={code}
              checked={value === undefined ? undefined : value === code}
              onChange={onChange ? () => onChange(code) : undefined}
            />
            {label}
          </label>
        ))}
      </div>
      <FieldError id={`${name}-error`} errors={errors} />
    </fieldset>
  );
}

const ORG_TYPES = Object.fromEntries(Object.entries(APPLICANT_TYPES).filter(([code]) => code !== "natural_person"));

/**
 * The applicant and information parts of an application (条例第二十九条), shared by the public form and the
 * clerk's intake form. Input names are the keys of lib/requests/schemas.ts.
 */
export function ApplicantFields() {
  const [kind, setKind] = useState<ApplicantKind>("person");
  return (
    <>
      <RadioGroup name="applicantKind" legend="申请人类型" set={APPLICANT_KINDS} value={kind} onChange={(v) => setKind(v as ApplicantKind)} />
      {/* keyed, so switching the kind starts the other half empty instead of carrying values across */}
      {kind === "person" ? (
        <Fragment key="person">
          <Field name="applicantName" label="姓名" required>
            {(p) => <input {...p} autoComplete="name" className={inputClass} />}
          </Field>
          <Field name="idType" label="证件类型" required>
            {(p) => (
              <select {...p} defaultValue="resident_id" className={inputClass}>
                <CodeOptions set={ID_TYPES} />
              </select>
            )}
          </Field>
          <Field name="idNumber" label="证件号码" required hint="居民身份证为18位，最后一位可能是X">
            {(p) => <input {...p} autoComplete="off" className={inputClass} />}
          </Field>
        </Fragment>
      ) : (
        <Fragment key="organization">
          <Field name="applicantName" label="名称" required>
            {(p) => <input {...p} autoComplete="organization" className={inputClass} />}
          </Field>
          <Field name="applicantType" label="组织类型" required>
            {(p) => (
              <select {...p} defaultValue="" className={inputClass}>
                <option value="">请选择</option>
                <CodeOptions set={ORG_TYPES} />
              </select>
            )}
          </Field>
          <Field name="orgCreditCode" label="统一社会信用代码" required hint="18位，见营业执照或登记证书">
            {(p) => <input {...p} autoComplete="off" className={inputClass} />}
          </Field>
          <Field name="legalRepresentative" label="法定代表人或负责人" required>
            {(p) => <input {...p} className={inputClass} />}
          </Field>
          <Field name="contactName" label="联系人姓名" required>
            {(p) => <input {...p} autoComplete="name" className={inputClass} />}
          </Field>
        </Fragment>
      )}
      <Field name="phone" label="联系电话" required hint="手机号码，或带区号的固定电话">
        {(p) => <input {...p} type="tel" autoComplete="tel" className={inputClass} />}
      </Field>
      <Field name="email" label="电子邮箱" hint="填写后，收到申请、补正、延期和答复的通知会发到此邮箱；选择以电子邮件获取信息时必填">
        {(p) => <input {...p} type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <Field name="address" label="通信地址" hint="选择邮寄获取信息时必填">
        {(p) => <input {...p} autoComplete="street-address" className={inputClass} />}
      </Field>
      <Field name="postcode" label="邮政编码">
        {(p) => <input {...p} inputMode="numeric" autoComplete="postal-code" className={inputClass} />}
      </Field>
      <Field
        name="description"
        label="所需信息的内容描述"
        required
        className="sm:col-span-2"
        hint="写明信息的名称、文号或便于查询的其他特征（条例第二十九条）。每份申请只申请一项信息，最多2000字。"
      >
        {(p) => <textarea {...p} rows={5} className={inputClass} />}
      </Field>
      <Field name="purpose" label="所需信息的用途" className="sm:col-span-2" hint="选填">
        {(p) => <textarea {...p} rows={2} className={inputClass} />}
      </Field>
      <RadioGroup name="provisionForm" legend="信息的提供形式" set={PROVISION_FORMS} />
      <RadioGroup name="obtainMethod" legend="获取信息的方式" set={OBTAIN_METHODS} />
    </>
  );
}
