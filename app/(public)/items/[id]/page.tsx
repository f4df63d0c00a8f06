import { Placeholder } from "@/components/Placeholder";

export default function ItemPage() {
  return <Placeholder title="政府信息">信息详情页（索引号、主题分类、发布机构等元数据及正文）即将上线。</Placeholder>;
}
