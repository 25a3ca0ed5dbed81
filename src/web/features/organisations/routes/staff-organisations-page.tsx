import { App, Button, Card, Form, Input, Select, Switch, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ORGANISATION_KINDS } from '../../../../shared/enums';
import { AreaTreeSelect } from '../../../components/area-tree-select';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useAreaScope } from '../../../lib/areas';
import { showFieldErrors } from '../../../lib/form-errors';
import type { CreateOrganisationInput, OrganisationSummary } from '../api/contracts';
import { useCreateOrganisation } from '../api/create-organisation';
import { useOrganisations } from '../api/list-organisations';

type NewOrganisation = Omit<CreateOrganisationInput, 'clientKey'>;

/** The registry of the street's organisations in the areas she serves, and a form to register one. */
export function StaffOrganisationsPage() {
  const { t } = useTranslation();
  const list = useOrganisations();
  const [adding, setAdding] = useState(false);
  const columns: TableColumnsType<OrganisationSummary> = [
    {
      title: t('organisations.name'),
      dataIndex: 'name',
      render: (name: string, row) => <Link to={`/staff/organisations/${row.id}`}>{name}</Link>,
    },
    {
      title: t('organisations.kind'),
      dataIndex: 'kind',
      render: (k: OrganisationSummary['kind']) => t(`organisations.kinds.${k}`),
    },
    { title: t('organisations.area'), dataIndex: 'areaName' },
    { title: t('organisations.members'), dataIndex: 'members' },
    { title: t('organisations.contacts'), dataIndex: 'contacts' },
  ];
  return (
    <>
      <StaffPageHeader
        title={t('organisations.title')}
        extra={
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('organisations.create')}
          </Button>
        }
      />
      {adding && <CreateOrganisationCard onDone={() => setAdding(false)} />}
      <Card title={t('organisations.list')}>
        <Table<OrganisationSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </>
  );
}

function CreateOrganisationCard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewOrganisation>();
  const { scope } = useAreaScope();
  const create = useCreateOrganisation();
  // one key per opening of the form: a resent registration answers the first
  const [clientKey] = useState(() => crypto.randomUUID());
  return (
    <Card title={t('organisations.create')} style={{ marginBottom: 16 }}>
      <Form<NewOrganisation>
        form={form}
        layout="vertical"
        initialValues={{ public: true, introduction: '' }}
        onFinish={(values) =>
          create.mutate(
            { ...values, clientKey },
            {
              onSuccess: (saved) => {
                void message.success(t('organisations.created'));
                onDone();
                void navigate(`/staff/organisations/${saved.id}`);
              },
              onError: (e) => {
                if (!showFieldErrors(form, e)) void message.error(errorMessage(e));
              },
            },
          )
        }
      >
        <Form.Item name="organisationName" label={t('organisations.organisationName')} rules={[{ required: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="kind" label={t('organisations.kind')} rules={[{ required: true }]}>
          <Select options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisations.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="areaId" label={t('organisations.area')} rules={[{ required: true }]}>
          <AreaTreeSelect roots={scope?.roots ?? []} levels={['street', 'community']} />
        </Form.Item>
        <Form.Item name="introduction" label={t('organisations.introduction')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
        <Form.Item name="public" label={t('organisations.public')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('organisations.create')}
        </Button>
      </Form>
    </Card>
  );
}
