import { Button, Form, Input, Selector, Toast } from 'antd-mobile';
import { useState } from 'react';
import { CheckGrid } from '../../../components/check-grid';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { MobileSwitch } from '../../../components/mobile-switch';
import { errorMessage } from '../../../lib/api-client';
import { useAreas } from '../../../lib/areas';
import {
  formatFen,
  JOB_SKILLS,
  JOB_TYPES,
  PAY_UNITS,
  type JobProfile,
  type JobProfileInput,
} from '../../../lib/contracts';
import { fenOfYuan, yuanRule } from '../../../lib/validation';
import { showFieldErrors } from '../../../lib/form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useJobProfile } from '../api/get-job-profile';
import { useSaveJobProfile } from '../api/save-job-profile';
import { CompoundNativeSelect, nearestCompound } from '../../../components/compound-native-select';
import { QueryState } from '../components/query-state';
import { WindowsEditor, type WindowValue } from '../components/windows-editor';
import '../jobs.css';

const WALK_CHOICES = [10, 15, 20, 30, 40, 60];

interface Values {
  skills: string[];
  otherSkills: string;
  jobTypes: JobProfile['jobTypes'];
  minPay: string;
  minPayUnit: ('month' | 'day' | 'hour')[];
  windows: WindowValue[];
  homeAreaId: number;
  maxWalkMinutes: number[];
}

export function JobProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.profile.title'));
  const profile = useJobProfile();
  return (
    <>
      <MobileHeader title={t('jobs.profile.title')} backTo="/jobs" />
      <QueryState query={profile}>{(p) => <ProfileForm profile={p} />}</QueryState>
    </>
  );
}

function ProfileForm({ profile }: { profile: JobProfile }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveJobProfile();
  const areas = useAreas();
  const [discoverable, setDiscoverable] = useState(profile.discoverable);
  const [schoolPreset, setSchoolPreset] = useState(profile.schoolHoursPreset);
  const [problem, setProblem] = useState<string | null>(null);
  const known = new Set<string>(JOB_SKILLS);

  const onFinish = (v: Values) => {
    setProblem(null);
    const other = v.otherSkills
      .split(/[,，、\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const pay = v.minPay.trim() === '' ? null : fenOfYuan(v.minPay, 'minPay');
    const input: JobProfileInput = {
      skills: [...v.skills, ...other],
      jobTypes: v.jobTypes,
      minPayFen: pay,
      minPayUnit: pay !== null ? (v.minPayUnit[0] ?? 'hour') : null,
      windows: v.windows,
      schoolHoursPreset: schoolPreset,
      homeAreaId: v.homeAreaId,
      maxWalkMinutes: v.maxWalkMinutes[0] ?? 20,
      discoverable,
    };
    save.mutate(input, {
      onSuccess: () => {
        Toast.show({ content: t('jobs.profile.saved') });
        void navigate('/jobs');
      },
      onError: (error) => {
        if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
      },
    });
  };

  const useSchoolHours = () => {
    form.setFieldValue('windows', [
      { days: profile.schoolHours.days, from: profile.schoolHours.from, to: profile.schoolHours.to },
    ]);
    setSchoolPreset(true);
  };

  const useLocation = () => {
    if (!navigator.geolocation || !areas.data) {
      Toast.show({ content: t('jobs.profile.locationFailed') });
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const id = nearestCompound(areas.data ?? [], pos.coords.latitude, pos.coords.longitude);
        if (id) form.setFieldValue('homeAreaId', id);
      },
      () => Toast.show({ content: t('jobs.profile.locationFailed') }),
      { maximumAge: 60_000, timeout: 10_000 },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMarkStyle="none"
      initialValues={{
        skills: profile.skills.filter((s) => known.has(s)),
        otherSkills: profile.skills.filter((s) => !known.has(s)).join('，'),
        jobTypes: profile.jobTypes,
        minPay: profile.minPayFen === null ? '' : formatFen(profile.minPayFen),
        minPayUnit: [profile.minPayUnit === null || profile.minPayUnit === 'piece' ? 'hour' : profile.minPayUnit],
        windows: profile.windows,
        homeAreaId: profile.homeAreaId,
        maxWalkMinutes: [profile.maxWalkMinutes],
      }}
      onFinish={onFinish}
      footer={
        <>
          {problem && (
            <p className="m-alert" role="alert">
              {problem}
            </p>
          )}
          <Button block type="submit" color="primary" size="large" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      {profile.updatedBy && <p className="m-notice">{t('jobs.profile.assistedBy', { name: profile.updatedBy })}</p>}
      <Form.Item name="skills" label={t('jobs.profile.skills')}>
        <CheckGrid options={JOB_SKILLS} labelOf={(s) => t(`jobs.skills.${s}`)} />
      </Form.Item>
      <Form.Item name="otherSkills" label={t('jobs.profile.otherSkills')}>
        <Input maxLength={100} clearable />
      </Form.Item>
      <Form.Item name="jobTypes" label={t('jobs.profile.jobTypes')}>
        <CheckGrid options={JOB_TYPES} labelOf={(type) => t(`jobs.types.${type}`)} />
      </Form.Item>
      <Form.Item name="minPay" label={t('jobs.profile.minPay')} rules={[yuanRule('minPay')]}>
        <Input inputMode="decimal" placeholder={t('jobs.profile.noMinPay')} />
      </Form.Item>
      <Form.Item name="minPayUnit" label={t('jobs.profile.minPayUnit')}>
        <Selector
          columns={3}
          options={PAY_UNITS.filter((u) => u !== 'piece').map((u) => ({ value: u, label: t(`jobs.units.${u}`) }))}
        />
      </Form.Item>
      <Form.Item name="windows" label={t('jobs.profile.windows')} description={t('jobs.profile.windowsHint')}>
        <WindowsEditor />
      </Form.Item>
      <div className="j-preset">
        <Button size="small" color="primary" fill="outline" onClick={useSchoolHours}>
          {t('jobs.profile.useSchoolHours')}
        </Button>
        <span className="m-muted">
          {t('jobs.profile.schoolHours', { from: profile.schoolHours.from, to: profile.schoolHours.to })}
        </span>
      </div>
      <Form.Item name="homeAreaId" label={t('jobs.profile.home')} childElementPosition="normal">
        <CompoundNativeSelect placeholder={t('jobs.profile.homePlaceholder')} />
      </Form.Item>
      <div className="j-preset">
        <Button size="small" fill="outline" onClick={useLocation}>
          {t('jobs.profile.useLocation')}
        </Button>
        <span className="m-muted">{t('jobs.profile.locationNote')}</span>
      </div>
      <Form.Item name="maxWalkMinutes" label={t('jobs.profile.maxWalk')}>
        <Selector
          columns={3}
          options={WALK_CHOICES.map((n) => ({ value: n, label: t('jobs.profile.minutes', { n }) }))}
        />
      </Form.Item>
      <div className="j-filter">
        <span>{t('jobs.profile.discoverable')}</span>
        <MobileSwitch checked={discoverable} label={t('jobs.profile.discoverable')} onChange={setDiscoverable} />
      </div>
      <p className="m-muted j-pad">{t('jobs.profile.discoverableHint')}</p>
      <section className="m-card">
        <h2 className="m-card__title">{t('jobs.profile.labelsTitle')}</h2>
        <p className="m-card__text">{t('jobs.profile.labelsHint')}</p>
        <Link to="/profile/edit" className="m-row-link">
          {t('jobs.profile.labelsLink')}
        </Link>
      </section>
    </Form>
  );
}
