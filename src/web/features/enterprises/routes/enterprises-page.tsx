import { Alert, Button, Card, Col, Form, Input, Row, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AreaTreeSelect } from '../../../components/area-tree-select';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useAreaScope } from '../../../lib/areas';
import { ENTERPRISE_TYPES, type Enterprise } from '../../../lib/contracts';
import { oneOf, toPositiveInt, useListParams } from '../../../lib/use-list-params';
import { useEnterprises } from '../api/list-enterprises';
import { EnterpriseFormModal } from '../components/enterprise-form-modal';
import { VerifiedTag } from '../components/verified-tag';

const FILTER_KEYS = ['q', 'areaId', 'type'] as const;

export function EnterprisesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { values, page, pageSize, update } = useListParams(FILTER_KEYS);
  const filters = {
    q: values.q,
    areaId: toPositiveInt(values.areaId),
    type: oneOf(ENTERPRISE_TYPES, values.type),
    page,
    pageSize,
  };
  const enterprises = useEnterprises(filters);
  const { scope, isPending: areasPending } = useAreaScope();
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<Enterprise> = [
    {
      title: t('fields.enterpriseName'),
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, row) => <Link to={`/staff/enterprises/${row.id}`}>{name}</Link>,
    },
    { title: t('fields.creditCode'), dataIndex: 'creditCode', className: 's-mono' },
    {
      title: t('fields.enterpriseType'),
      dataIndex: 'type',
      render: (type: Enterprise['type']) => (
        <Tag color={type === 'micro_factory' ? 'purple' : 'blue'}>{t(`enterpriseTypes.${type}`)}</Tag>
      ),
    },
    {
      title: t('fields.location'),
      key: 'location',
      render: (_, row) => [row.communityName, row.areaName].filter(Boolean).join(' · '),
    },
    { title: t('fields.ownerName'), dataIndex: 'ownerName' },
    { title: t('fields.ownerPhone'), dataIndex: 'ownerPhoneMasked', className: 's-mono' },
    {
      title: t('fields.verified'),
      dataIndex: 'verified',
      render: (verified: boolean) => <VerifiedTag verified={verified} />,
    },
  ];

  return (
    <>
      <StaffPageHeader
        title={t('staff.enterprises.title')}
        extra={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('staff.enterprises.create')}
          </Button>
        }
      />
      <Card>
        <Form layout="vertical" className="s-filters" role="search" aria-label={t('staff.enterprises.filters')}>
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item label={t('staff.enterprises.searchLabel')} htmlFor="enterprises-q">
                <Input.Search
                  // Remounted when the URL's query changes (back button), so the box shows what is applied.
                  key={values.q ?? ''}
                  id="enterprises-q"
                  defaultValue={values.q}
                  onSearch={(q) => update({ q: q.trim() })}
                  placeholder={t('staff.enterprises.searchPlaceholder')}
                  enterButton={t('common.search')}
                  allowClear
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={7}>
              <Form.Item label={t('fields.area')} htmlFor="enterprises-area">
                <AreaTreeSelect
                  id="enterprises-area"
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
              <Form.Item label={t('fields.enterpriseType')} htmlFor="enterprises-type">
                <Select
                  id="enterprises-type"
                  value={filters.type}
                  onChange={(type) => update({ type })}
                  placeholder={t('staff.enterprises.allTypes')}
                  allowClear
                  options={ENTERPRISE_TYPES.map((type) => ({ value: type, label: t(`enterpriseTypes.${type}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {enterprises.isError && (
          <Alert type="error" showIcon title={errorMessage(enterprises.error)} role="alert" style={{ marginBottom: 16 }} />
        )}
        <Table<Enterprise>
          rowKey="id"
          columns={columns}
          dataSource={enterprises.data?.items}
          loading={enterprises.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize,
            total: enterprises.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: (nextPage, nextSize) => update({ page: nextPage, pageSize: nextSize }),
          }}
        />
      </Card>
      <EnterpriseFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(enterprise) => void navigate(`/staff/enterprises/${enterprise.id}`)}
      />
    </>
  );
}
