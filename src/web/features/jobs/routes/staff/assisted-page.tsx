import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AreaTreeSelect } from '../../../../components/area-tree-select';
import { StaffPageHeader } from '../../../../components/staff-page-header';
import { api, errorMessage } from '../../../../lib/api-client';
import { useAreaScope } from '../../../../lib/areas';
import {
  JOB_SKILLS,
  JOB_TYPES,
  SHARED_FIELDS,
  type Application,
  type JobMatch,
  type JobProfile,
  type ResidentDetail,
  type ResidentListItem,
} from '../../../../lib/contracts';
import { showFieldErrors } from '../../../../lib/form-errors';
import { idNumberRule, mobileRule } from '../../../../lib/validation';
import { useAssistedApply } from '../../api/apply-for-resident';
import { useAssistedProfile } from '../../api/get-assisted-profile';
import { useAssistedApplications } from '../../api/list-assisted-applications';
import { useAssistedMatches } from '../../api/list-assisted-matches';
import { useRegisterResident } from '../../api/register-resident';
import { useSaveAssistedProfile } from '../../api/save-assisted-profile';
import { useResidentSearch } from '../../api/search-residents';
import { payText, windowsText } from '../../components/format';

/**
 * 代办 (SPEC §3.2 Assisted service): a community officer finds or registers
 * a resident without a smartphone, keeps their job profile and applies for
 * them with the consent recorded (who, when, how). Every step is stored and
 * shown as done by this officer on the resident's behalf.
 */
export function AssistedPage() {
  const residentId = Number(useParams().residentId);
  return Number.isInteger(residentId) && residentId > 0 ? <ForResident residentId={residentId} /> : <FindResident />;
}

function FindResident() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const found = useResidentSearch(q);
  const [registering, setRegistering] = useState(false);
  const columns: TableColumnsType<ResidentListItem> = [
    { title: t('fields.name'), dataIndex: 'name' },
    { title: t('fields.phone'), dataIndex: 'phoneMasked', className: 's-mono' },
    { title: t('fields.idNumber'), dataIndex: 'idNumberMasked', className: 's-mono' },
    { title: t('jobs.profile.home'), dataIndex: 'areaName' },
    {
      title: '',
      key: 'choose',
      render: (_, r) => (
        <Button size="small" type="primary" onClick={() => void navigate(`/staff/jobs-assisted/${r.id}`)}>
          {t('jobs.staff.chooseResident')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <StaffPageHeader
        title={t('jobs.staff.assistedTitle')}
        extra={
          <Button type="primary" onClick={() => setRegistering(true)}>
            {t('jobs.staff.registerResident')}
          </Button>
        }
      />
      <Card>
        <p>{t('jobs.staff.assistedIntro')}</p>
        <label htmlFor="assisted-q">{t('jobs.staff.findResident')}</label>
        <Input.Search
          id="assisted-q"
          placeholder={t('jobs.staff.searchPlaceholder')}
          onSearch={setQ}
          allowClear
          enterButton
          style={{ maxWidth: 420, display: 'block', marginBottom: 16 }}
        />
        {q && (
          <Table<ResidentListItem>
            rowKey="id"
            columns={columns}
            dataSource={found.data?.items}
            loading={found.isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        )}
      </Card>
      <RegisterModal
        open={registering}
        onClose={() => setRegistering(false)}
        onDone={(id) => void navigate(`/staff/jobs-assisted/${id}`)}
      />
    </>
  );
}

function RegisterModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; idNumber: string; phone: string; compoundId: number }>();
  const register = useRegisterResident();
  const { scope } = useAreaScope();
  return (
    <Modal
      open={open}
      title={t('jobs.staff.registerResident')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={register.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          register.mutate(v, {
            onSuccess: (r) => {
              void message.success(t('jobs.staff.done'));
              onDone(r.id);
            },
            onError: (e) => {
              if (!showFieldErrors(form, e)) void message.error(errorMessage(e));
            },
          })
        }
      >
        <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, message: t('fields.name') }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('fields.idNumber')}
          rules={[{ required: true, message: t('fields.idNumber') }, idNumberRule()]}
        >
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('fields.phone')}
          rules={[{ required: true, message: t('fields.phone') }, mobileRule()]}
        >
          <Input maxLength={11} inputMode="numeric" />
        </Form.Item>
        <Form.Item
          name="compoundId"
          label={t('fields.compound')}
          rules={[{ required: true, message: t('fields.compound') }]}
        >
          <AreaTreeSelect roots={scope?.roots ?? []} levels={['compound']} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ForResident({ residentId }: { residentId: number }) {
  const { t } = useTranslation();
  const resident = useQuery({
    queryKey: ['residents', residentId],
    queryFn: ({ signal }) => api.get<ResidentDetail>(`/api/v1/residents/${residentId}`, { signal }),
  });
  const profile = useAssistedProfile(residentId);
  const name = resident.data?.name ?? '';
  return (
    <>
      <StaffPageHeader
        title={t('jobs.staff.residentTitle', { name })}
        parent={{ to: '/staff/jobs-assisted', label: t('jobs.staff.assistedTitle') }}
      />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {resident.data && (
          <Card>
            <Descriptions
              items={[
                { key: 'name', label: t('fields.name'), children: resident.data.name },
                { key: 'phone', label: t('fields.phone'), children: resident.data.phoneMasked },
                { key: 'area', label: t('jobs.profile.home'), children: resident.data.areaName },
              ]}
            />
          </Card>
        )}
        {profile.data && <ProfileCard residentId={residentId} profile={profile.data} />}
        <Matches residentId={residentId} />
        <Applications residentId={residentId} />
      </Space>
    </>
  );
}

interface ProfileValues {
  skills: string[];
  jobTypes: JobProfile['jobTypes'];
  days: number[];
  from: string;
  to: string;
  homeAreaId: number;
  maxWalkMinutes: number;
  discoverable: boolean;
}

function ProfileCard({ residentId, profile }: { residentId: number; profile: JobProfile }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSaveAssistedProfile(residentId);
  const [form] = Form.useForm<ProfileValues>();
  const { scope } = useAreaScope();
  const first = profile.windows[0];
  return (
    <Card title={<h2 className="s-card-title">{t('jobs.staff.profileTitle')}</h2>}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          skills: profile.skills,
          jobTypes: profile.jobTypes,
          days: first?.days ?? [],
          from: first?.from ?? '08:30',
          to: first?.to ?? '11:30',
          homeAreaId: profile.homeAreaId,
          maxWalkMinutes: profile.maxWalkMinutes,
          discoverable: profile.discoverable,
        }}
        onFinish={(v) =>
          save.mutate(
            {
              skills: v.skills,
              jobTypes: v.jobTypes,
              minPayFen: profile.minPayFen,
              minPayUnit: profile.minPayUnit,
              windows: v.days.length ? [{ days: v.days, from: v.from, to: v.to }] : [],
              schoolHoursPreset: false,
              homeAreaId: v.homeAreaId,
              maxWalkMinutes: v.maxWalkMinutes,
              discoverable: v.discoverable,
            },
            {
              onSuccess: () => void message.success(t('jobs.staff.profileSaved')),
              onError: (e) => {
                if (!showFieldErrors(form, e)) void message.error(errorMessage(e));
              },
            },
          )
        }
      >
        <Form.Item name="skills" label={t('jobs.profile.skills')}>
          <Select mode="tags" options={JOB_SKILLS.map((s) => ({ value: s, label: t(`jobs.skills.${s}`) }))} />
        </Form.Item>
        <Form.Item name="jobTypes" label={t('jobs.profile.jobTypes')}>
          <Checkbox.Group options={JOB_TYPES.map((type) => ({ value: type, label: t(`jobs.types.${type}`) }))} />
        </Form.Item>
        <Form.Item name="days" label={t('jobs.profile.windows')}>
          <Checkbox.Group
            options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(`jobs.weekdays.d${d as 1}`) }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="from" label={t('jobs.profile.from')}>
            <Input maxLength={5} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="to" label={t('jobs.profile.to')}>
            <Input maxLength={5} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="maxWalkMinutes" label={t('jobs.profile.maxWalk')}>
            <InputNumber min={5} max={120} />
          </Form.Item>
        </Space>
        <Form.Item name="homeAreaId" label={t('jobs.profile.home')}>
          <AreaTreeSelect roots={scope?.roots ?? []} levels={['compound', 'community']} />
        </Form.Item>
        <Form.Item name="discoverable" label={t('jobs.profile.discoverable')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('jobs.staff.saveProfile')}
        </Button>
      </Form>
    </Card>
  );
}

function Matches({ residentId }: { residentId: number }) {
  const { t } = useTranslation();
  const matches = useAssistedMatches(residentId);
  const [applying, setApplying] = useState<JobMatch | null>(null);
  const columns: TableColumnsType<JobMatch> = [
    { title: t('jobs.employer.titleField'), key: 'title', render: (_, m) => m.post.title },
    { title: t('jobs.staff.enterprise'), key: 'enterprise', render: (_, m) => m.post.enterpriseName },
    { title: t('jobs.detail.pay'), key: 'pay', render: (_, m) => payText(t, m.post) },
    {
      title: t('jobs.staff.schedule'),
      key: 'schedule',
      render: (_, m) => windowsText(t, m.post.windows, m.post.flexible),
    },
    { title: t('jobs.staff.walkMinutes'), dataIndex: 'walkMinutes' },
    { title: t('jobs.score', { score: '' }), dataIndex: 'score', render: (s: number) => Math.round(s) },
    { title: t('assisted.whyTitle'), key: 'reasons', render: (_, m) => m.reasons.map((r) => r.text).join('；') },
    {
      title: '',
      key: 'apply',
      render: (_, m) => (
        <Button size="small" type="primary" onClick={() => setApplying(m)}>
          {t('jobs.staff.applyFor')}
        </Button>
      ),
    },
  ];
  return (
    <Card title={<h2 className="s-card-title">{t('jobs.staff.matchesTitle')}</h2>}>
      <Table<JobMatch>
        rowKey={(m) => m.post.id}
        columns={columns}
        dataSource={matches.data?.items}
        loading={matches.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {applying && <ApplyModal residentId={residentId} match={applying} onClose={() => setApplying(null)} />}
    </Card>
  );
}

function ApplyModal({ residentId, match, onClose }: { residentId: number; match: JobMatch; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const apply = useAssistedApply(residentId);
  const [method, setMethod] = useState<'paper' | 'verbal_witnessed'>('paper');
  const [witness, setWitness] = useState('');
  const [fields, setFields] = useState<Application['sharedFields']>(['name', 'phone', 'age']);
  return (
    <Modal
      open
      title={t('jobs.staff.applyTitle', { post: match.post.title })}
      okText={t('jobs.staff.applyFor')}
      cancelText={t('common.cancel')}
      confirmLoading={apply.isPending}
      okButtonProps={{ disabled: fields.length === 0 || (method === 'verbal_witnessed' && witness.trim() === '') }}
      onCancel={onClose}
      onOk={() =>
        apply.mutate(
          {
            postId: match.post.id,
            fields,
            consentMethod: method,
            ...(method === 'verbal_witnessed' ? { witness: witness.trim() } : {}),
          },
          {
            onSuccess: () => {
              void message.success(t('jobs.staff.applied'));
              onClose();
            },
            onError: (e) => void message.error(errorMessage(e)),
          },
        )
      }
    >
      <p>{t('jobs.staff.consentStatement', { employer: match.post.enterpriseName })}</p>
      <Checkbox.Group
        value={fields}
        onChange={(v) => setFields(v as Application['sharedFields'])}
        options={SHARED_FIELDS.map((f) => ({ value: f, label: t(`jobs.sharedFields.${f}`) }))}
      />
      <p style={{ marginTop: 12 }}>{t('jobs.staff.consentMethod')}</p>
      <Radio.Group value={method} onChange={(e) => setMethod(e.target.value as 'paper' | 'verbal_witnessed')}>
        <Radio value="paper">{t('jobs.consentMethods.paper')}</Radio>
        <Radio value="verbal_witnessed">{t('jobs.consentMethods.verbal_witnessed')}</Radio>
      </Radio.Group>
      {method === 'verbal_witnessed' && (
        <div style={{ marginTop: 12 }}>
          <label htmlFor="assisted-witness">{t('jobs.staff.witness')}</label>
          <Input id="assisted-witness" value={witness} onChange={(e) => setWitness(e.target.value)} maxLength={40} />
        </div>
      )}
    </Modal>
  );
}

function Applications({ residentId }: { residentId: number }) {
  const { t } = useTranslation();
  const list = useAssistedApplications(residentId);
  const columns: TableColumnsType<Application> = [
    { title: t('jobs.employer.titleField'), dataIndex: 'postTitle' },
    { title: t('jobs.staff.enterprise'), dataIndex: 'enterpriseName' },
    { title: '', dataIndex: 'status', render: (s: Application['status']) => <Tag>{t(`jobs.statuses.${s}`)}</Tag> },
    {
      title: '',
      dataIndex: 'assistedBy',
      render: (name: string | null) => (name ? t('jobs.applications.assisted', { name }) : ''),
    },
  ];
  return (
    <Card title={<h2 className="s-card-title">{t('jobs.staff.applicationsTitle')}</h2>}>
      <Table<Application>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
