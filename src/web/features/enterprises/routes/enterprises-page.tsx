import { Button, Card, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AreaFilter, ListFilters, SearchFilter, SelectFilter } from '../../../components/list-filters';
import { PagedTable } from '../../../components/paged-table';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { ENTERPRISE_TYPES, type Enterprise } from '../../../lib/contracts';
import { formatLocation } from '../../../lib/format';
import { registryFilters } from '../../../lib/record-queries';
import { oneOf, useListParams } from '../../../lib/use-list-params';
import { useEnterprises } from '../api/list-enterprises';
import { EnterpriseFormModal } from '../components/enterprise-form-modal';
import { VerifiedTag } from '../components/verified-tag';

const FILTER_KEYS = ['q', 'areaId', 'type'] as const;

export function EnterprisesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useListParams(FILTER_KEYS);
  const filters = { ...registryFilters(list), type: oneOf(ENTERPRISE_TYPES, list.values.type) };
  const enterprises = useEnterprises(filters);
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
    { title: t('fields.location'), key: 'location', render: (_, row) => formatLocation(row) },
    { title: t('fields.ownerName'), dataIndex: 'ownerName' },
    { title: t('fields.ownerPhone'), dataIndex: 'ownerPhoneMasked', className: 's-mono' },
    {
      title: t('fields.verified'),
      dataIndex: 'verified',
      render: (verified: boolean) => <VerifiedTag verified={verified} />,
    },
    {
      title: t('personFile.enterpriseOpen'),
      key: 'file',
      fixed: 'right',
      render: (_, row) => (
        <Link
          to={`/staff/enterprises/${row.id}/file`}
          aria-label={t('personFile.enterpriseOpenFor', { name: row.name })}
        >
          {t('personFile.enterpriseOpen')}
        </Link>
      ),
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
        <ListFilters label={t('staff.enterprises.filters')}>
          <SearchFilter
            id="enterprises-q"
            label={t('staff.enterprises.searchLabel')}
            placeholder={t('staff.enterprises.searchPlaceholder')}
            value={list.values.q}
            onSearch={(q) => list.update({ q })}
          />
          <AreaFilter id="enterprises-area" value={filters.areaId} onChange={(areaId) => list.update({ areaId })} />
          <SelectFilter
            id="enterprises-type"
            label={t('fields.enterpriseType')}
            placeholder={t('staff.enterprises.allTypes')}
            value={filters.type}
            options={ENTERPRISE_TYPES.map((type) => ({ value: type, label: t(`enterpriseTypes.${type}`) }))}
            onChange={(type) => list.update({ type })}
          />
        </ListFilters>
        <PagedTable<Enterprise> query={enterprises} columns={columns} paging={list} />
      </Card>
      <EnterpriseFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(enterprise) => void navigate(`/staff/enterprises/${enterprise.id}`)}
      />
    </>
  );
}
