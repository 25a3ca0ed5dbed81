import { Checkbox } from 'antd-mobile';

/**
 * A group of checkboxes laid out two to a row on a phone (one in elder mode,
 * `.m-check-grid`): skills, job types, labels, the fields a resident shares.
 * Inside a Form.Item it takes the item's value and onChange.
 */
export function CheckGrid<T extends string>({
  options,
  labelOf,
  value,
  onChange,
}: {
  options: readonly T[];
  labelOf: (option: T) => string;
  value?: T[];
  onChange?: (value: T[]) => void;
}) {
  return (
    <Checkbox.Group value={value} onChange={(v) => onChange?.(v as T[])}>
      <div className="m-check-grid">
        {options.map((o) => (
          <Checkbox key={o} value={o}>
            {labelOf(o)}
          </Checkbox>
        ))}
      </div>
    </Checkbox.Group>
  );
}
