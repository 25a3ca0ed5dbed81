import { Button, Checkbox } from 'antd-mobile';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HALF_HOURS } from './format';

export interface WindowValue {
  days: number[];
  from: string;
  to: string;
}

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Weekday × time windows for a phone: tick the days, pick from–to on the half hour. */
export function WindowsEditor({
  value = [],
  onChange,
}: {
  value?: WindowValue[];
  onChange?: (v: WindowValue[]) => void;
}) {
  const { t } = useTranslation();
  const baseId = useId();
  const set = (i: number, w: WindowValue) => onChange?.(value.map((old, j) => (j === i ? w : old)));
  return (
    <div className="j-windows">
      {value.map((w, i) => (
        <fieldset key={i} className="j-window">
          <legend>{t('jobs.profile.windowLabel', { n: i + 1 })}</legend>
          <Checkbox.Group value={w.days} onChange={(days) => set(i, { ...w, days: (days as number[]).sort() })}>
            <div className="j-days">
              {DAYS.map((d) => (
                <Checkbox key={d} value={d}>
                  {t(`jobs.weekdays.d${d}`)}
                </Checkbox>
              ))}
            </div>
          </Checkbox.Group>
          <div className="j-times">
            <label htmlFor={`${baseId}-${i}-from`}>{t('jobs.profile.from')}</label>
            <select id={`${baseId}-${i}-from`} value={w.from} onChange={(e) => set(i, { ...w, from: e.target.value })}>
              {HALF_HOURS.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
            <label htmlFor={`${baseId}-${i}-to`}>{t('jobs.profile.to')}</label>
            <select id={`${baseId}-${i}-to`} value={w.to} onChange={(e) => set(i, { ...w, to: e.target.value })}>
              {HALF_HOURS.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </div>
          <Button size="small" fill="none" color="danger" onClick={() => onChange?.(value.filter((_, j) => j !== i))}>
            {t('jobs.profile.removeWindow')}
          </Button>
        </fieldset>
      ))}
      <Button
        size="small"
        fill="outline"
        onClick={() => onChange?.([...value, { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }])}
      >
        {t('jobs.profile.addWindow')}
      </Button>
    </div>
  );
}
