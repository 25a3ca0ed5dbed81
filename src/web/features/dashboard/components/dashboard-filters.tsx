import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../lib/contracts';

/** The months a period may start or end in: from January two years back to this month. */
export function monthChoices(now = new Date()): string[] {
  const year = now.getFullYear();
  const months: string[] = [];
  for (let y = year - 2; y <= year; y++)
    for (let m = 1; m <= 12; m++) {
      if (y === year && m > now.getMonth() + 1) break;
      months.push(`${y}-${String(m).padStart(2, '0')}`);
    }
  return months.reverse();
}

/** The community and the months a dashboard is about. */
export function DashboardFilters({
  data,
  onChange,
}: {
  data: Dashboard;
  onChange: (changes: { area?: number; from?: string; to?: string }) => void;
}) {
  const { t } = useTranslation();
  const months = monthChoices().map((m) => ({ value: m, label: m }));
  return (
    <Form layout="inline" className="db-filters">
      <Form.Item label={t('dashboard.area')} htmlFor="db-area">
        <Select
          id="db-area"
          className="db-filters__area"
          value={data.area.id}
          options={data.choices.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(area: number) => onChange({ area })}
        />
      </Form.Item>
      <Form.Item label={t('dashboard.from')} htmlFor="db-from">
        <Select
          id="db-from"
          className="db-filters__month"
          value={data.from}
          options={months}
          onChange={(from: string) => onChange({ from, to: from > data.to ? from : data.to })}
        />
      </Form.Item>
      <Form.Item label={t('dashboard.to')} htmlFor="db-to">
        <Select
          id="db-to"
          className="db-filters__month"
          value={data.to}
          options={months}
          onChange={(to: string) => onChange({ to, from: to < data.from ? to : data.from })}
        />
      </Form.Item>
    </Form>
  );
}
