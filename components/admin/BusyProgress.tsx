import { useId } from "react";

/**
 * Work that runs in one go on the server: an indeterminate <progress> (no value, so no invented percentage),
 * labelled, inside a polite live region so the wait is announced; the result replaces it with the real count.
 */
export function BusyProgress({ label }: { label: string }) {
  const id = useId();
  return (
    <div role="status" className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <progress id={id} className="h-3 w-full" />
    </div>
  );
}
