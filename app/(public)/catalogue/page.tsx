import { Placeholder } from "@/components/Placeholder";

export const metadata = { title: "政府信息公开目录" };

export default function CataloguePage() {
  return <Placeholder title="政府信息公开目录">按主题分类、年份和体裁浏览、全文检索主动公开信息的功能即将上线。</Placeholder>;
}
