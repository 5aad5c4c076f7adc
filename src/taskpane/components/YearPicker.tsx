import { Field, Select } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Messages } from "../../i18n/catalogue";
import { yearOptions } from "../year-options";

export interface YearPickerProps {
  t: Messages;
  /** Today, YYYY-MM-DD: the years offered end with its year. */
  today: string;
  /** The chosen year, YYYY. */
  value: string;
  onChange: (year: string) => void;
}

/** The year the annual steps work on: a native select, like the month picker. */
export function YearPicker({ t, today, value, onChange }: YearPickerProps) {
  const options = useMemo(() => {
    const list = yearOptions(today);
    return list.includes(value) ? list : [value, ...list];
  }, [today, value]);
  return (
    <Field label={t.year}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {options.map((y) => (
          <option key={y} value={y}>
            {t.yearName(y)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
