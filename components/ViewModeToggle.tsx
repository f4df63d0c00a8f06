"use client";

import { useState } from "react";
import { VIEW_MODES, type ViewMode, type ViewModeKey } from "@/lib/view-mode";

const YEAR = 365 * 24 * 3600;

/** Applies a mode to the page at once and remembers it for a year (an "off" cookie is simply removed). */
function apply(key: ViewModeKey, on: boolean) {
  const { cookie, className } = VIEW_MODES[key];
  document.cookie = `${cookie}=${on ? "1" : "0"}; path=/; max-age=${on ? YEAR : 0}; samesite=lax`;
  document.documentElement.classList.toggle(className, on);
}

/** The 适老化 buttons: each switches its mode at once (a class on <html>) and remembers it in a cookie for a year. */
export function ViewModeToggle({ initial }: { initial: ViewMode }) {
  const [mode, setMode] = useState(initial);
  function toggle(key: ViewModeKey) {
    const on = !mode[key];
    apply(key, on);
    setMode({ ...mode, [key]: on });
  }
  return (
    <div role="group" aria-label="阅读辅助" className="flex gap-2">
      {(Object.keys(VIEW_MODES) as ViewModeKey[]).map((key) => (
        <button
          key={key}
          type="button"
          aria-pressed={mode[key]}
          onClick={() => toggle(key)}
          className="rounded border border-white px-2 py-1 text-sm hover:bg-white/15 aria-pressed:bg-white aria-pressed:text-brand-dark"
        >
          {VIEW_MODES[key].label}
        </button>
      ))}
    </div>
  );
}
