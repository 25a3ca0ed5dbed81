import { App, Button, Card, Form, Input, Select, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaTreeSelect } from '../../../components/area-tree-select';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useAreaScope } from '../../../lib/areas';
import { useMe } from '../../../lib/auth';
import { useAddSpecialist } from '../api/add-specialist';
import { useAssignResident } from '../api/assign-resident';
import type { Roster } from '../api/contracts';
import { useRoster } from '../api/get-roster';
import { useResidentsInCare } from '../api/list-residents-in-care';
import { useUnassignResident } from '../api/unassign-resident';
import { useAddForm } from '../components/use-add-form';

type RosterResident = Roster['unassigned'][number];
type Specialist = Roster['specialists'][number];
type Role = keyof typeof ROLE_KEYS;
const ROLE_KEYS = { street_officer: 1, community_officer: 1, station_agent: 1 } as const;
const roleKey = (role: string): Role => (role in ROLE_KEYS ? (role as Role) : 'community_officer');

/**
 * The 就业服务专员: the residents in her own care, and for officers a community's roster — its
 * specialists with their duties and residents, who has none yet, and assigning or unassigning.
 */
export function StaffRostersPage() {
  const { t } = useTranslation();
  const role = useMe().data?.role;
  const keeper = role === 'street_officer' || role === 'community_officer';
  return (
    <>
      <StaffPageHeader title={t('organisations.rosters.title')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {keeper && <CommunityRoster />}
        <InCare />
      </Space>
    </>
  );
}

function InCare() {
  const { t } = useTranslation();
  const mine = useResidentsInCare();
  const columns: TableColumnsType<RosterResident & { communityName: string }> = [
    { title: t('organisations.rosters.resident'), dataIndex: 'name' },
    { title: t('organisations.phone'), dataIndex: 'phone' },
    { title: t('organisations.area'), dataIndex: 'areaName' },
  ];
  return (
    <Card title={t('organisations.rosters.mine')}>
      <Table
        rowKey="id"
        columns={columns}
        dataSource={mine.data?.items ?? []}
        loading={mine.isFetching}
        locale={{ emptyText: t('organisations.rosters.noneMine') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
    </Card>
  );
}

function CommunityRoster() {
  const { t } = useTranslation();
  const { scope } = useAreaScope();
  const me = useMe().data;
  // a community officer opens her own community at once
  const own = me?.areas.find((a) => a.level === 'community')?.id;
  const [picked, setPicked] = useState<number | undefined>();
  const areaId = picked ?? own;
  const roster = useRoster(areaId);
  return (
    <>
      <Card title={t('organisations.rosters.community')}>
        <label htmlFor="roster-community">{t('organisations.rosters.pickCommunity')}</label>
        <div style={{ maxWidth: 320 }}>
          <AreaTreeSelect
            id="roster-community"
            roots={scope?.roots ?? []}
            levels={['community']}
            value={areaId ?? null}
            onChange={(v) => setPicked(v)}
            placeholder={t('organisations.rosters.pickCommunity')}
          />
        </div>
      </Card>
      {roster.data && areaId !== undefined && <RosterCards roster={roster.data} areaId={areaId} />}
    </>
  );
}

function RosterCards({ roster, areaId }: { roster: Roster; areaId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const unassign = useUnassignResident(areaId);
  const residentColumns = (s: Specialist): TableColumnsType<RosterResident> => [
    { title: t('organisations.rosters.resident'), dataIndex: 'name' },
    { title: t('organisations.phone'), dataIndex: 'phone' },
    { title: t('organisations.area'), dataIndex: 'areaName' },
    {
      title: '',
      key: 'unassign',
      render: (_, r) => (
        <Button
          size="small"
          aria-label={`${t('organisations.rosters.unassign')} ${r.name}`}
          onClick={() =>
            unassign.mutate(
              { specialistId: s.id, residentId: r.id },
              {
                onSuccess: () => void message.success(t('organisations.rosters.unassigned_done')),
                onError: (e) => void message.error(errorMessage(e)),
              },
            )
          }
        >
          {t('organisations.rosters.unassign')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Card title={`${roster.areaName} · ${t('organisations.rosters.specialists')}`}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {roster.specialists.map((s) => (
            <Card
              key={s.id}
              type="inner"
              title={`${s.name}（${t(`organisations.rosters.roles.${roleKey(s.role)}`)}） · ${t('organisations.rosters.count', { count: s.residents.length })}`}
            >
              <p>
                {t('organisations.rosters.duties')}：{s.duties}
              </p>
              <Table<RosterResident>
                rowKey="id"
                size="small"
                columns={residentColumns(s)}
                dataSource={s.residents}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                scroll={{ x: 'max-content' }}
              />
            </Card>
          ))}
        </Space>
        <AddSpecialistForm roster={roster} areaId={areaId} />
      </Card>
      <Card title={t('organisations.rosters.unassigned', { count: roster.unassignedTotal })}>
        {roster.unassignedTotal === 0 ? (
          <p>{t('organisations.rosters.allAssigned')}</p>
        ) : (
          <AssignForm roster={roster} areaId={areaId} />
        )}
      </Card>
    </>
  );
}

function AssignForm({ roster, areaId }: { roster: Roster; areaId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ residentId: number; specialistId: number }>();
  const assign = useAssignResident(areaId);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) =>
        assign.mutate(v, {
          onSuccess: () => {
            void message.success(t('organisations.rosters.assigned'));
            form.resetFields();
          },
          onError: (e) => void message.error(errorMessage(e)),
        })
      }
    >
      <Form.Item name="residentId" label={t('organisations.rosters.resident')} rules={[{ required: true }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={roster.unassigned.map((r) => ({ value: r.id, label: `${r.name} · ${r.areaName} · ${r.phone}` }))}
        />
      </Form.Item>
      <Form.Item name="specialistId" label={t('organisations.rosters.assignTo')} rules={[{ required: true }]}>
        <Select options={roster.specialists.map((s) => ({ value: s.id, label: s.name }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={assign.isPending}>
        {t('organisations.rosters.assign')}
      </Button>
    </Form>
  );
}

function AddSpecialistForm({ roster, areaId }: { roster: Roster; areaId: number }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ userId: number; serviceDuties: string }>();
  const submit = useAddForm(form);
  const add = useAddSpecialist(areaId);
  if (roster.candidates.length === 0) return null;
  return (
    <Form
      form={form}
      layout="vertical"
      style={{ marginTop: 16 }}
      onFinish={(v) => submit(add, v, t('organisations.rosters.specialistAdded'))}
    >
      <Form.Item name="userId" label={t('organisations.rosters.staff')} rules={[{ required: true }]}>
        <Select
          options={roster.candidates.map((c) => ({
            value: c.userId,
            label: `${c.name}（${t(`organisations.rosters.roles.${roleKey(c.role)}`)}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="serviceDuties" label={t('organisations.rosters.duties')} rules={[{ required: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {t('organisations.rosters.addSpecialist')}
      </Button>
    </Form>
  );
}
