/** Finds a body by name: a GET form, so it works without script and every result has an address. */
export function OrgSearchForm({ action = "/org", defaultValue = "", label = "查找机构" }: { action?: string; defaultValue?: string; label?: string }) {
  return (
    <form method="get" action={action} role="search" className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor="org-q" className="mb-1 block text-sm font-medium">
          {label}
        </label>
        <input
          id="org-q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={50}
          placeholder="输入机构名称，如：司法局、小陶镇"
          className="w-full rounded border border-gray-400 bg-white px-2 py-2"
        />
      </div>
      <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark">
        查找
      </button>
    </form>
  );
}
