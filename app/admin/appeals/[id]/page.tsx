import Link from "next/link";
import { notFound } from "next/navigation";
import { getAppeal } from "@/lib/appeals/queries";
import { requirePage } from "@/lib/auth/session";
import { todayInChina } from "@/lib/dates";
import { AppealForm } from "../AppealForm";

export const metadata = { title: "复议诉讼案件" };

export default async function AppealPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("appeal.edit");
  const appeal = await getAppeal(user, (await params).id);
  if (!appeal) notFound();
  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">案件 {appeal.number}</h1>
        <Link href="/admin/appeals" className="text-blue-800 underline">
          返回案件列表
        </Link>
      </div>
      <AppealForm appeal={{ ...appeal, requestNumber: appeal.request?.number ?? null }} today={todayInChina()} />
    </>
  );
}
