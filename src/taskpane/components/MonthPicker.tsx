import { Field, Select } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Messages } from "../../i18n/catalogue";
import { monthOptions } from "../month-options";

export interface MonthPickerProps {
  t: Messages;
  /** Today, YYYY-MM-DD: the months offered are around its month. */
  today: string;
  /** The chosen month, YYYY-MM. */
  value: string;
  onChange: (month: string) => void;
  disabled?: boolean;
}

/** The month a step works on: a native select (keyboard and screen reader friendly everywhere Office runs). */
export function MonthPicker({ t, today, value, onChange, disabled }: MonthPickerProps) {
  const options = useMemo(() => {
    const list = monthOptions(today);
    return list.includes(value) ? list : [value, ...list];
  }, [today, value]);
  return (
    <Field label={t.month}>
      <Select value={value} onChange={(_, d) => onChange(d.value)} disabled={disabled}>
        {options.map((m) => (
          <option key={m} value={m}>
            {t.monthName(m)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
