import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../lib/contracts';

/** The record before and after the change, side by side (stacked on a phone). */
export function AuditChange({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const blocks = [
    { key: 'before', label: t('staff.audit.before'), value: event.before },
    { key: 'after', label: t('staff.audit.after'), value: event.after },
  ] as const;
  return (
    <Row gutter={[16, 12]}>
      {blocks.map(({ key, label, value }) => (
        <Col key={key} xs={24} md={12}>
          <h2 className="s-json-title" id={`audit-${event.id}-${key}`}>
            {label}
          </h2>
          <pre className="s-json" tabIndex={0} aria-labelledby={`audit-${event.id}-${key}`}>
            {value ? JSON.stringify(value, null, 2) : t('staff.audit.nothing')}
          </pre>
        </Col>
      ))}
    </Row>
  );
}
