/** A body's 政府信息公开工作机构 and how to reach it, as the guide and the body's home page show it. */
export type Contact = {
  officeName: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  website?: string | null;
  officeHours: string | null;
};

export function ContactBlock({ contact }: { contact: Contact }) {
  const rows = [
    ["工作机构", contact.officeName],
    ["办公地址", contact.address],
    ["邮政编码", contact.postcode],
    ["联系电话", contact.phone],
    ["电子邮箱", contact.email],
    ["办公时间", contact.officeHours],
  ].filter((row): row is [string, string] => Boolean(row[1]));
  if (rows.length === 0) return <p className="text-gray-700">联系方式待补充。</p>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-gray-700">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
