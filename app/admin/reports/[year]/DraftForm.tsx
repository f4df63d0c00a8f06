"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/form";

/** A form on the draft report: each action names the year and the saved version it was decided on. */
export function DraftForm({ year, version, children, ...props }: React.ComponentProps<typeof ActionForm> & { year: number; version: number }) {
  return (
    <ActionForm {...props}>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={version} />
      {children}
    </ActionForm>
  );
}

/** What the form holds: starts again from what is stored whenever the saved version changes (a save, a refresh of the figures). */
export function useDraftState<T>(saved: T, version: number) {
  const [values, setValues] = useState(saved);
  const [shown, setShown] = useState(version);
  if (shown !== version) {
    setShown(version);
    setValues(saved);
  }
  return [values, setValues] as const;
}
