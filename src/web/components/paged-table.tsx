import { Alert, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api-client';
import type { Page } from '../lib/contracts';

/** The parts of a list query the table reads (a react-query result fits). */
interface PageQuery<T> {
  data: Page<T> | undefined;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
}

/** The page a list shows and how to move it; useListParams' answer fits, keeping both in the URL. */
interface Paging {
  page: number;
  pageSize: number;
  update: (changes: { page: number; pageSize: number }) => void;
}

/**
 * One page of a server-side list: why it failed, if it did, then the rows,
 * with the paging the page keeps in its URL. Other table options (columns,
 * expandable rows) pass through.
 */
export function PagedTable<T extends { id: number }>({
  query,
  paging: { page, pageSize, update },
  ...table
}: {
  query: PageQuery<T>;
  paging: Paging;
} & Omit<TableProps<T>, 'rowKey' | 'dataSource' | 'loading' | 'scroll' | 'pagination'>) {
  const { t } = useTranslation();
  return (
    <>
      {query.isError && (
        <Alert type="error" showIcon title={errorMessage(query.error)} role="alert" style={{ marginBottom: 16 }} />
      )}
      <Table<T>
        {...table}
        rowKey="id"
        dataSource={query.data?.items}
        loading={query.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (nextPage, nextSize) => update({ page: nextPage, pageSize: nextSize }),
        }}
      />
    </>
  );
}
