/**
 * A switch that is a real button: antd-mobile's Switch is a div that a
 * keyboard or switch-access user cannot reach.
 */
export function MobileSwitch({
  checked,
  onChange,
  label,
  disabled,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      disabled={disabled}
      className={checked ? 'm-switch m-switch--on' : 'm-switch'}
      onClick={() => onChange(!checked)}
    >
      <span className="m-switch__thumb" aria-hidden="true" />
    </button>
  );
}
