import { Options } from "./form";

/** One filter of a search form: a labelled select whose first choice, 全部, drops the filter. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  choices,
  className,
}: {
  id: string;
  name: string;
  label: string;
  value: string | number | undefined;
  choices: readonly (readonly [string, string])[];
  className: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={className}>
        <option value="">全部</option>
        <Options choices={choices} />
      </select>
    </div>
  );
}
