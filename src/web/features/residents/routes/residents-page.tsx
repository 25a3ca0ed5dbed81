import { Button, Card, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AreaFilter, ListFilters, SearchFilter, SelectFilter } from '../../../components/list-filters';
import { PagedTable } from '../../../components/paged-table';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { RESIDENT_LABELS, type ResidentListItem } from '../../../lib/contracts';
import { formatLocation } from '../../../lib/format';
import { registryFilters } from '../../../lib/record-queries';
import { oneOf, useListParams } from '../../../lib/use-list-params';
import { useResidents } from '../api/list-residents';
import { ResidentFormModal } from '../components/resident-form-modal';

const FILTER_KEYS = ['q', 'areaId', 'label'] as const;

export function ResidentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useListParams(FILTER_KEYS);
  const filters = { ...registryFilters(list), label: oneOf(RESIDENT_LABELS, list.values.label) };
  const residents = useResidents(filters);
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
    { title: t('fields.location'), key: 'location', render: (_, row) => formatLocation(row) },
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
    {
      title: t('personFile.open'),
      key: 'file',
      fixed: 'right',
      render: (_, row) => (
        <Link to={`/staff/residents/${row.id}/file`} aria-label={t('personFile.openFor', { name: row.name })}>
          {t('personFile.open')}
        </Link>
      ),
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
        <ListFilters label={t('staff.residents.filters')}>
          <SearchFilter
            id="residents-q"
            label={t('staff.residents.searchLabel')}
            placeholder={t('staff.residents.searchPlaceholder')}
            value={list.values.q}
            onSearch={(q) => list.update({ q })}
          />
          <AreaFilter id="residents-area" value={filters.areaId} onChange={(areaId) => list.update({ areaId })} />
          <SelectFilter
            id="residents-label"
            label={t('fields.labels')}
            placeholder={t('staff.residents.allLabels')}
            value={filters.label}
            options={RESIDENT_LABELS.map((label) => ({ value: label, label: t(`labels.${label}`) }))}
            onChange={(label) => list.update({ label })}
          />
        </ListFilters>
        <PagedTable<ResidentListItem> query={residents} columns={columns} paging={list} />
      </Card>
      <ResidentFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(resident) => void navigate(`/staff/residents/${resident.id}`)}
      />
    </>
  );
}
