import { Card, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One capability's part of a whole file: a titled card with its count and a compact table of its records. */
export function FileSection<T extends object>({
  id,
  title,
  rows,
  columns,
  rowKey,
  extra,
}: {
  id: string;
  title: string;
  rows: T[];
  columns: TableColumnsType<T>;
  rowKey: (row: T, index?: number) => string | number;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = `file-${id}`;
  return (
    <Card
      className="pf-section"
      data-testid={`file-section-${id}`}
      title={
        <h2 id={headingId} className="pf-section__title">
          {title} <span className="pf-section__count">（{rows.length}）</span>
        </h2>
      }
      size="small"
    >
      {extra}
      <Table<T>
        aria-labelledby={headingId}
        size="small"
        rowKey={rowKey}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: <span className="pf-empty">{t('personFile.none')}</span> }}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
