"use client";

import { useId, useState } from "react";
import { downloadName } from "@/lib/download-name";

type State = { phase: "idle" } | { phase: "waiting" } | { phase: "receiving"; received: number; total: number | null } | { phase: "done"; bytes: number } | { phase: "failed"; message: string };

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/**
 * A download link for files the server takes a while to produce (report exports, the audit CSV) that shows how
 * it is going: an indeterminate <progress> while the server prepares the file, then bytes received out of the
 * Content-Length when the server sends one (indeterminate otherwise — no invented percentage), then the size.
 * Without JavaScript it is a plain link.
 */
export function DownloadLink({ href, children, className, fallbackName }: { href: string; children: React.ReactNode; className?: string; fallbackName: string }) {
  const id = useId();
  const [state, setState] = useState<State>({ phase: "idle" });

  async function download(event: React.MouseEvent<HTMLAnchorElement>) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; // the browser's own handling
    event.preventDefault();
    if (state.phase === "waiting" || state.phase === "receiving") return;
    setState({ phase: "waiting" });
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) {
        const text = await response.text();
        let message = text;
        try {
          message = (JSON.parse(text) as { error?: string }).error ?? text;
        } catch {
          // plain-text error body
        }
        setState({ phase: "failed", message: message.slice(0, 200) || `下载失败（${response.status}）` });
        return;
      }
      const length = Number(response.headers.get("Content-Length"));
      const total = Number.isFinite(length) && length > 0 ? length : null;
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setState({ phase: "receiving", received, total });
      }
      const url = URL.createObjectURL(new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = downloadName(response.headers.get("Content-Disposition"), fallbackName);
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ phase: "done", bytes: received });
    } catch {
      setState({ phase: "failed", message: "下载未完成（网络中断），请重试。" });
    }
  }

  return (
    <span className="inline-flex flex-col gap-1">
      <a href={href} onClick={download} className={className} aria-describedby={state.phase === "idle" ? undefined : `${id}-status`}>
        {children}
      </a>
      {state.phase !== "idle" && (
        <span id={`${id}-status`} role={state.phase === "failed" ? "alert" : "status"} className="text-sm">
          {state.phase === "waiting" && (
            <>
              <label htmlFor={`${id}-progress`}>正在生成文件…</label>
              <progress id={`${id}-progress`} className="block h-2 w-40" />
            </>
          )}
          {state.phase === "receiving" && (
            <>
              <label htmlFor={`${id}-progress`}>正在下载：已接收 {size(state.received)}{state.total ? ` / ${size(state.total)}` : ""}</label>
              {state.total ? (
                <progress id={`${id}-progress`} value={state.received} max={state.total} className="block h-2 w-40" />
              ) : (
                <progress id={`${id}-progress`} className="block h-2 w-40" />
              )}
            </>
          )}
          {state.phase === "done" && <>已下载（{size(state.bytes)}）</>}
          {state.phase === "failed" && <span className="text-red-800">{state.message}</span>}
        </span>
      )}
    </span>
  );
}
