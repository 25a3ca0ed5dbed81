import { Alert, Button, Card, Col, Form, Input, Row, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AreaTreeSelect } from '../../../components/area-tree-select';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useAreaScope } from '../../../lib/areas';
import { RESIDENT_LABELS, type ResidentListItem } from '../../../lib/contracts';
import { oneOf, toPositiveInt, useListParams } from '../../../lib/use-list-params';
import { useResidents } from '../api/list-residents';
import { ResidentFormModal } from '../components/resident-form-modal';

const FILTER_KEYS = ['q', 'areaId', 'label'] as const;

export function ResidentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { values, page, pageSize, update } = useListParams(FILTER_KEYS);
  const filters = {
    q: values.q,
    areaId: toPositiveInt(values.areaId),
    label: oneOf(RESIDENT_LABELS, values.label),
    page,
    pageSize,
  };
  const residents = useResidents(filters);
  const { scope, isPending: areasPending } = useAreaScope();
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<ResidentListItem> = [
    {
      title: t('fields.name'),
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, row) => <Link to={`/staff/residents/${row.id}`}>{name}</Link>,
    },
    {
      title: t('fields.gender'),
      dataIndex: 'gender',
      render: (gender: ResidentListItem['gender']) => (gender ? t(`gender.${gender}`) : '—'),
    },
    { title: t('fields.birthDate'), dataIndex: 'birthDate', render: (date: string | null) => date ?? '—' },
    { title: t('fields.phone'), dataIndex: 'phoneMasked', className: 's-mono' },
    {
      title: t('fields.idNumber'),
      dataIndex: 'idNumberMasked',
      className: 's-mono',
      render: (id: string | null) => id ?? '—',
    },
    {
      title: t('fields.location'),
      key: 'location',
      render: (_, row) => [row.communityName, row.areaName].filter(Boolean).join(' · '),
    },
    {
      title: t('fields.labels'),
      dataIndex: 'labels',
      render: (labels: ResidentListItem['labels']) =>
        labels.map((label) => (
          <Tag key={label} color="blue">
            {t(`labels.${label}`)}
          </Tag>
        )),
    },
  ];

  return (
    <>
      <StaffPageHeader
        title={t('staff.residents.title')}
        extra={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('staff.residents.create')}
          </Button>
        }
      />
      <Card>
        <Form layout="vertical" className="s-filters" role="search" aria-label={t('staff.residents.filters')}>
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item label={t('staff.residents.searchLabel')} htmlFor="residents-q">
                <Input.Search
                  // Remounted when the URL's query changes (back button), so the box shows what is applied.
                  key={values.q ?? ''}
                  id="residents-q"
                  defaultValue={values.q}
                  onSearch={(q) => update({ q: q.trim() })}
                  placeholder={t('staff.residents.searchPlaceholder')}
                  enterButton={t('common.search')}
                  allowClear
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={7}>
              <Form.Item label={t('fields.area')} htmlFor="residents-area">
                <AreaTreeSelect
                  id="residents-area"
                  roots={scope?.roots ?? []}
                  loading={areasPending}
                  value={filters.areaId}
                  onChange={(areaId) => update({ areaId })}
                  placeholder={t('common.allAreas')}
                  allowClear
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={7}>
              <Form.Item label={t('fields.labels')} htmlFor="residents-label">
                <Select
                  id="residents-label"
                  value={filters.label}
                  onChange={(label) => update({ label })}
                  placeholder={t('staff.residents.allLabels')}
                  allowClear
                  options={RESIDENT_LABELS.map((label) => ({ value: label, label: t(`labels.${label}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {residents.isError && (
          <Alert type="error" showIcon title={errorMessage(residents.error)} role="alert" style={{ marginBottom: 16 }} />
        )}
        <Table<ResidentListItem>
          rowKey="id"
          columns={columns}
          dataSource={residents.data?.items}
          loading={residents.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize,
            total: residents.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (nextPage, nextSize) => update({ page: nextPage, pageSize: nextSize }),
          }}
        />
      </Card>
      <ResidentFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(resident) => void navigate(`/staff/residents/${resident.id}`)}
      />
    </>
  );
}
