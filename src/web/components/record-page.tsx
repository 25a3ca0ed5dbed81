import { Alert, Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage, isApiError } from '../lib/api-client';
import { isRecordId } from '../lib/record-queries';
import { NotFoundResult } from './not-found-result';
import { StaffPageHeader } from './staff-page-header';

/** The parts of a record query the page reads (a react-query result fits). */
interface RecordQuery<T> {
  data: T | undefined;
  error: unknown;
  isError: boolean;
}

/**
 * A console page about one record, from the id in its URL. Until the record
 * is there it shows "not found" (a malformed id, or one the server will not
 * show), the error, or a placeholder, under `title`; then `children` draws
 * the record.
 */
export function RecordPage<T>({
  id,
  query,
  title,
  parent,
  backLabel,
  children,
}: {
  id: number;
  query: RecordQuery<T>;
  title: string;
  parent: { to: string; label: string };
  backLabel: string;
  children: (record: T) => ReactNode;
}) {
  if (!isRecordId(id) || isApiError(query.error, 'NOT_FOUND')) {
    return <NotFoundResult backTo={parent.to} backLabel={backLabel} />;
  }
  if (query.isError) {
    return (
      <>
        <StaffPageHeader title={title} parent={parent} />
        <Alert type="error" showIcon title={errorMessage(query.error)} role="alert" />
      </>
    );
  }
  if (!query.data) {
    return (
      <>
        <StaffPageHeader title={title} parent={parent} />
        <Card>
          <Skeleton active />
        </Card>
      </>
    );
  }
  return children(query.data);
}
