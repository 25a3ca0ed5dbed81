import { Button, Checkbox, DotLoading, Form, Input, Radio, Space } from 'antd-mobile';
import { useMemo, useState } from 'react';
import { CheckGrid } from '../../../components/check-grid';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { compoundsByCommunity, indexAreas, useAreas } from '../../../lib/areas';
import {
  RESIDENT_LABELS,
  type Gender,
  type ResidentDetail,
  type ResidentLabel,
  type UpdateOwnProfileInput,
} from '../../../lib/contracts';
import { showFieldErrors } from '../../../lib/form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { required } from '../../../lib/validation';
import { useMyProfile } from '../api/get-my-profile';
import { useUpdateMyProfile } from '../api/update-my-profile';
import { CompoundField } from '../components/compound-field';

interface ProfileValues {
  name: string;
  gender: Gender | null;
  compoundId: number | null;
  labels: ResidentLabel[];
  labelsConsent: boolean;
}

export function ProfileEditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resident.profile.editTitle'));
  const profile = useMyProfile();

  return (
    <>
      <MobileHeader title={t('resident.profile.editTitle')} backTo="/profile" />
      {profile.isPending ? (
        <div className="m-loading" role="status">
          <DotLoading /> {t('common.loading')}
        </div>
      ) : profile.data ? (
        <ProfileForm profile={profile.data} />
      ) : (
        // Nothing to edit without a resident record; the profile page explains why.
        <Navigate to="/profile" replace />
      )}
    </>
  );
}

function ProfileForm({ profile }: { profile: ResidentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProfileValues>();
  const update = useUpdateMyProfile();
  const areas = useAreas();
  const [problem, setProblem] = useState<string | null>(null);

  const groups = useMemo(() => {
    if (!areas.data) return [];
    const index = indexAreas(areas.data);
    return compoundsByCommunity(index, index.roots);
  }, [areas.data]);

  const onFinish = (values: ProfileValues) => {
    setProblem(null);
    const input: UpdateOwnProfileInput = { name: values.name.trim() };
    if (values.gender) input.gender = values.gender;
    if (values.compoundId) input.compoundId = values.compoundId;
    // Self-declared labels are sensitive and policy matching needs explicit consent (SPEC §3.2):
    // without the tick the labels are simply not sent, and the stored ones stay as they were.
    if (values.labelsConsent) {
      input.labels = values.labels;
      input.labelsConsent = true;
    }
    update.mutate(input, {
      onSuccess: () => void navigate('/profile', { replace: true, state: { saved: true } }),
      onError: (error) => {
        if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
      },
    });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMarkStyle="none"
      initialValues={{
        name: profile.name,
        gender: profile.gender,
        compoundId: profile.compoundId,
        labels: profile.labels,
        labelsConsent: false,
      }}
      onFinish={onFinish}
      footer={
        <>
          {problem && (
            <p className="m-alert" role="alert">
              {problem}
            </p>
          )}
          <Button block type="submit" color="primary" size="large" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <Form.Item name="name" label={t('fields.name')} rules={[required('name')]}>
        <Input autoComplete="name" maxLength={40} clearable />
      </Form.Item>
      <Form.Item name="gender" label={t('fields.gender')}>
        <Radio.Group>
          <Space>
            {(['female', 'male'] as const).map((gender) => (
              <Radio key={gender} value={gender}>
                {t(`gender.${gender}`)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="compoundId" label={t('fields.compound')}>
        <CompoundField groups={groups} />
      </Form.Item>
      <Form.Item name="labels" label={t('fields.labels')} description={t('resident.profile.labelsHint')}>
        <CheckGrid options={RESIDENT_LABELS} labelOf={(label) => t(`labels.${label}`)} />
      </Form.Item>
      <Form.Item name="labelsConsent" valuePropName="checked">
        <Checkbox>{t('resident.profile.labelsConsent')}</Checkbox>
      </Form.Item>
    </Form>
  );
}
