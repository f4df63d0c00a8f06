"use client";

import { useId, useRef, useState } from "react";
import { buttonClass, secondaryButtonClass } from "./form";

/**
 * Asks before an irreversible step, in a modal <dialog> of our own (focus trapped, Esc cancels, 取消 focused
 * first so a stray Enter does nothing), rather than window.confirm, which cannot be styled or named.
 */
export function useConfirm() {
  const ref = useRef<HTMLDialogElement>(null);
  const answer = useRef<((ok: boolean) => void) | null>(null);
  const [question, setQuestion] = useState({ message: "", confirmLabel: "确定" });
  const id = useId();

  function ask(message: string, confirmLabel = "确定") {
    setQuestion({ message, confirmLabel });
    ref.current?.showModal();
    return new Promise<boolean>((resolve) => {
      answer.current = resolve;
    });
  }
  function close(ok: boolean) {
    answer.current?.(ok);
    answer.current = null;
    ref.current?.close();
  }

  const dialog = (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onClose={() => close(false)}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded border border-gray-400 p-4 shadow-lg backdrop:bg-black/40"
    >
      <h2 id={`${id}-title`} className="mb-2 text-lg font-bold">
        请确认
      </h2>
      <p id={`${id}-message`} className="mb-4">
        {question.message}
      </p>
      <div className="flex flex-wrap justify-end gap-2">
        {/* the safe answer takes focus when the dialog opens */}
        <button type="button" autoFocus onClick={() => close(false)} className={secondaryButtonClass}>
          取消
        </button>
        <button type="button" onClick={() => close(true)} className={buttonClass}>
          {question.confirmLabel}
        </button>
      </div>
    </dialog>
  );
  return { ask, dialog };
}
