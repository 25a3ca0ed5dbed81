import { App, Button, Card, Form, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useAddActivity } from '../api/add-organisation-activity';
import { useAddContact } from '../api/add-organisation-contact';
import { useAddMember } from '../api/add-organisation-member';
import type { AddActivityInput, AddContactInput, OrganisationDetail } from '../api/contracts';
import { useOrganisation } from '../api/get-organisation';
import { useRemoveMember } from '../api/remove-organisation-member';
import { useRevealContact } from '../api/reveal-organisation-contact';
import { useMemberCandidates } from '../api/search-member-candidates';
import { useAddForm } from '../components/use-add-form';

type Member = OrganisationDetail['memberList'][number];
type Contact = OrganisationDetail['contactList'][number];

/** One organisation: what it is, its members (residents and enterprises), its contacts and its activities. */
export function StaffOrganisationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const org = useOrganisation(id);
  const remove = useRemoveMember(id);
  const reveal = useRevealContact(id);
  const { message, modal } = App.useApp();
  const o = org.data;
  const memberColumns: TableColumnsType<Member> = [
    { title: t('organisations.memberName'), dataIndex: 'name' },
    {
      title: t('organisations.memberKind'),
      dataIndex: 'kind',
      render: (k: Member['kind']) => <Tag>{t(`organisations.memberKinds.${k}`)}</Tag>,
    },
    { title: t('organisations.role'), dataIndex: 'role' },
    { title: t('organisations.joinedOn'), dataIndex: 'joinedOn' },
    {
      title: '',
      key: 'remove',
      render: (_, m) => (
        <Button
          size="small"
          danger
          aria-label={`${t('organisations.remove')} ${m.name}`}
          onClick={() =>
            void modal.confirm({
              title: t('organisations.removeConfirm', { name: m.name }),
              onOk: () =>
                remove
                  .mutateAsync(m.id)
                  .then(() => void message.success(t('organisations.removed')))
                  .catch((e: unknown) => void message.error(errorMessage(e))),
            })
          }
        >
          {t('organisations.remove')}
        </Button>
      ),
    },
  ];
  const contactColumns: TableColumnsType<Contact> = [
    { title: t('organisations.contactName'), dataIndex: 'name' },
    { title: t('organisations.contactRole'), dataIndex: 'role' },
    { title: t('organisations.phone'), dataIndex: 'phone' },
    {
      title: '',
      key: 'reveal',
      render: (_, c) => (
        <Button
          size="small"
          aria-label={`${t('organisations.reveal')} ${c.name}`}
          onClick={() => {
            let reason = '';
            void modal.confirm({
              title: t('organisations.reveal'),
              content: (
                <Input
                  aria-label={t('organisations.revealReason')}
                  placeholder={t('organisations.revealReason')}
                  maxLength={200}
                  onChange={(e) => (reason = e.target.value)}
                />
              ),
              onOk: () =>
                reveal
                  .mutateAsync({ contactId: c.id, reason })
                  .then(
                    (r) => void modal.info({ title: t('organisations.revealed', { name: c.name, phone: r.phone }) }),
                  )
                  .catch((e: unknown) => {
                    void message.error(errorMessage(e));
                    throw e;
                  }),
            });
          }}
        >
          {t('organisations.reveal')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <StaffPageHeader
        title={o ? o.name : t('organisations.title')}
        parent={{ to: '/staff/organisations', label: t('organisations.title') }}
      />
      {o && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <p>
              <Tag color="blue">{t(`organisations.kinds.${o.kind}`)}</Tag> {o.areaName}
            </p>
            {o.introduction && <p>{o.introduction}</p>}
          </Card>
          <Card title={`${t('organisations.members')}（${o.memberList.length}）`}>
            <Table<Member>
              rowKey="id"
              columns={memberColumns}
              dataSource={o.memberList}
              pagination={false}
              locale={{ emptyText: t('organisations.noMembers') }}
              scroll={{ x: 'max-content' }}
            />
            <AddMemberForm id={id} />
          </Card>
          <Card title={t('organisations.contacts')}>
            <Table<Contact>
              rowKey="id"
              columns={contactColumns}
              dataSource={o.contactList}
              pagination={false}
              scroll={{ x: 'max-content' }}
            />
            <AddContactForm id={id} />
          </Card>
          <Card title={t('organisations.activities')}>
            {o.activities.length === 0 ? (
              <p>{t('organisations.noActivities')}</p>
            ) : (
              <ul>
                {o.activities.map((a) => (
                  <li key={a.id}>
                    {a.heldOn} {a.title} · {a.place}
                  </li>
                ))}
              </ul>
            )}
            <AddActivityForm id={id} />
          </Card>
        </Space>
      )}
    </>
  );
}

function AddMemberForm({ id }: { id: number }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ who: string; role: string; joinedOn: string }>();
  const submit = useAddForm(form);
  const [q, setQ] = useState('');
  const candidates = useMemberCandidates(id, q);
  const add = useAddMember(id);
  const options = [
    ...(candidates.data?.residents ?? []).map((r) => ({
      value: `r${r.id}`,
      label: `${r.name}（${t('organisations.memberKinds.resident')} · ${r.areaName} · ${r.phone}）`,
    })),
    ...(candidates.data?.enterprises ?? []).map((e) => ({
      value: `e${e.id}`,
      label: `${e.name}（${t('organisations.memberKinds.enterprise')} · ${e.areaName}）`,
    })),
  ];
  return (
    <Form
      form={form}
      layout="vertical"
      style={{ marginTop: 16 }}
      onFinish={(v) => {
        const ref = Number(v.who.slice(1));
        submit(
          add,
          {
            ...(v.who.startsWith('r') ? { residentId: ref } : { enterpriseId: ref }),
            role: v.role,
            joinedOn: v.joinedOn,
          },
          t('organisations.memberAdded'),
          () => setQ(''),
        );
      }}
    >
      <Form.Item label={t('organisations.search')}>
        <Input.Search aria-label={t('organisations.search')} allowClear onSearch={(value) => setQ(value)} />
      </Form.Item>
      <Form.Item name="who" label={t('organisations.candidate')} rules={[{ required: true }]}>
        <Select options={options} loading={candidates.isFetching} />
      </Form.Item>
      <Form.Item name="role" label={t('organisations.role')} rules={[{ required: true }]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="joinedOn" label={t('organisations.joinedOn')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {t('organisations.addMember')}
      </Button>
    </Form>
  );
}

function AddContactForm({ id }: { id: number }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AddContactInput>();
  const submit = useAddForm(form);
  const add = useAddContact(id);
  return (
    <Form<AddContactInput>
      form={form}
      layout="vertical"
      style={{ marginTop: 16 }}
      onFinish={(v) => submit(add, v, t('organisations.contactAdded'))}
    >
      <Form.Item name="name" label={t('organisations.contactName')} rules={[{ required: true }]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="role" label={t('organisations.contactRole')} rules={[{ required: true }]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="phone" label={t('organisations.phone')} rules={[{ required: true }]}>
        <Input inputMode="tel" maxLength={11} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {t('organisations.addContact')}
      </Button>
    </Form>
  );
}

function AddActivityForm({ id }: { id: number }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AddActivityInput>();
  const submit = useAddForm(form);
  const add = useAddActivity(id);
  return (
    <Form<AddActivityInput>
      form={form}
      layout="vertical"
      style={{ marginTop: 16 }}
      onFinish={(v) => submit(add, v, t('organisations.activityAdded'))}
    >
      <Form.Item name="title" label={t('organisations.activityTitle')} rules={[{ required: true }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="heldOn" label={t('organisations.heldOn')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="place" label={t('organisations.place')} rules={[{ required: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {t('organisations.addActivity')}
      </Button>
    </Form>
  );
}
