// 适老化 reading aids of the public site: large text and high contrast, each an on/off cookie so the server renders
// the chosen mode straight away (no flash of the default), and a class on <html> that app/globals.css styles.
// No server-only import: the toggle (a client component) shares these names.

export const VIEW_MODES = {
  large: { cookie: "gk-large", className: "view-large", label: "大字模式" },
  contrast: { cookie: "gk-contrast", className: "view-contrast", label: "高对比度" },
} as const;
export type ViewModeKey = keyof typeof VIEW_MODES;
export type ViewMode = Record<ViewModeKey, boolean>;

const KEYS = Object.keys(VIEW_MODES) as ViewModeKey[];

/** The mode from the request's cookies ("1" means on; anything else, off). */
export function viewModeFrom(cookie: (name: string) => string | undefined): ViewMode {
  return Object.fromEntries(KEYS.map((key) => [key, cookie(VIEW_MODES[key].cookie) === "1"])) as ViewMode;
}

/** The classes <html> carries for a mode, e.g. "view-large view-contrast". */
export function viewClasses(mode: ViewMode): string {
  return KEYS.filter((key) => mode[key])
    .map((key) => VIEW_MODES[key].className)
    .join(" ");
}
