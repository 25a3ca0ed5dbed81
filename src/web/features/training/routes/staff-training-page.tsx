import { Card, Progress, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import type { StaffCourse } from '../api/contracts';
import { useCourses } from '../api/list-courses';

/** The courses at the stations in reach: fill rates, waitlists and completions, each opening its desk. */
export function StaffTrainingPage() {
  const { t } = useTranslation();
  const courses = useCourses();
  const columns: TableColumnsType<StaffCourse> = [
    {
      title: t('training.staff.name'),
      dataIndex: 'name',
      render: (name: string, row) => <Link to={`/staff/training/${row.id}`}>{name}</Link>,
    },
    { title: t('training.staff.station'), dataIndex: 'stationName' },
    {
      title: t('training.staff.fill'),
      key: 'fill',
      render: (_, row) => `${row.enrolled}/${row.capacity}`,
    },
    {
      title: t('training.staff.fillRate'),
      key: 'rate',
      render: (_, row) => (
        <Progress
          percent={Math.round((row.enrolled * 100) / row.capacity)}
          size="small"
          aria-label={`${row.name} ${t('training.staff.fillRate')}`}
        />
      ),
    },
    { title: t('training.staff.waitlist'), dataIndex: 'waitlisted' },
    { title: t('training.staff.completed'), dataIndex: 'completed' },
    { title: t('training.staff.certificates'), dataIndex: 'certificates' },
  ];
  return (
    <>
      <StaffPageHeader title={t('training.staff.title')} />
      <Card title={t('training.staff.courses')}>
        <Table<StaffCourse>
          rowKey="id"
          columns={columns}
          dataSource={courses.data?.items ?? []}
          loading={courses.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </>
  );
}
