"use client";

import { useRouter } from "next/navigation";
import { ActionForm, Field, inputClass } from "@/components/ui/form";
import { setInterpretedPoliciesAction } from "../actions";

/** Which policies this item is the 解读 of, by 索引号 (an empty field removes every link). */
export function InterpretationForm({ itemId, indexNos }: { itemId: string; indexNos: string[] }) {
  const router = useRouter();
  return (
    <ActionForm action={setInterpretedPoliciesAction} submitLabel="保存解读关联" successMessage="已保存。" onSuccess={() => router.refresh()} className="space-y-2">
      <input type="hidden" name="itemId" value={itemId} />
      <Field name="indexNos" label="本信息解读的政策文件（索引号）" hint="本机关规章或行政规范性文件的索引号，多个用逗号或换行分隔；留空即不作为解读。">
        {(p) => <textarea {...p} rows={2} defaultValue={indexNos.join("\n")} className={inputClass} />}
      </Field>
    </ActionForm>
  );
}
