const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** An item's attachments as download links (served by app/attachments/[id]/route.ts). */
export function AttachmentList({
  attachments,
  action,
}: {
  attachments: { id: string; fileName: string; size: number }[];
  /** A control shown after each attachment (e.g. a remove button in the back office). */
  action?: (attachment: { id: string; fileName: string }) => React.ReactNode;
}) {
  if (attachments.length === 0) return <p className="text-gray-700">暂无附件。</p>;
  return (
    <ol className="list-decimal pl-6">
      {attachments.map((a) => (
        <li key={a.id}>
          <a href={`/attachments/${a.id}`} className="text-blue-800 underline">
            {a.fileName}
          </a>{" "}
          <span className="text-sm text-gray-700">（{formatSize(a.size)}）</span>
          {action?.(a)}
        </li>
      ))}
    </ol>
  );
}
