import { Button, Dialog, DotLoading, ErrorBlock, List, Radio, Space, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { MobileSwitch } from '../../../components/mobile-switch';
import { errorMessage } from '../../../lib/api-client';
import { useLogout, useMe, useSetPreference } from '../../../lib/auth';
import type { Locale, RevealField, RevealResult } from '../../../lib/contracts';
import { formatLocation } from '../../../lib/format';
import { currentLocale, LOCALES } from '../../../lib/i18n';
import { useElderMode } from '../../../lib/preferences';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyProfile } from '../api/get-my-profile';
import { useRevealMyProfile } from '../api/reveal-my-profile';
import { MyDataSection } from '../components/my-data-section';
import { RevealableValue } from '../components/revealable-value';

export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resident.profile.title'));
  const me = useMe().data;
  const justSaved = (useLocation().state as { saved?: boolean } | null)?.saved === true;

  return (
    <>
      <MobileHeader title={t('resident.profile.title')} />
      <p role="status" className={justSaved ? 'm-notice' : 'visually-hidden'}>
        {justSaved ? t('resident.profile.saved') : ''}
      </p>
      <section className="m-profile-card" aria-label={t('resident.profile.account')}>
        <span className="m-avatar" aria-hidden="true">
          {me?.displayName.slice(0, 1)}
        </span>
        <span>
          <span className="m-profile-card__name">{me?.displayName}</span>
          <span className="m-profile-card__role">
            {me && me.enterprises.length > 0 ? t('resident.profile.roleEmployer') : t('roles.resident')}
          </span>
        </span>
      </section>
      <ProfileDetails />
      <Preferences />
      {me?.residentId ? <MyDataSection /> : null}
      <LogoutButton />
    </>
  );
}

function ProfileDetails() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const profile = useMyProfile();
  const reveal = useRevealMyProfile();
  const [asking, setAsking] = useState<RevealField | null>(null);
  const [revealed, setRevealed] = useState<RevealResult>({});
  const [problem, setProblem] = useState<string | null>(null);

  if (profile.isPending) {
    return (
      <div className="m-loading" role="status">
        <DotLoading /> {t('common.loading')}
      </div>
    );
  }
  if (profile.isError) {
    return (
      <ErrorBlock status="default" title={t('common.errors.loadFailed')} description={errorMessage(profile.error)}>
        <Button color="primary" onClick={() => void profile.refetch()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  }
  const data = profile.data;
  if (!data) {
    return (
      <div className="m-card m-empty">
        <h2 className="m-card__title">{t('resident.profile.noProfile')}</h2>
        <p>{t('resident.profile.noProfileHint')}</p>
      </div>
    );
  }

  const fieldName = (field: RevealField) => t(`fields.${field}`);
  const confirmReveal = (field: RevealField) => {
    setAsking(null);
    setProblem(null);
    reveal.mutate([field], {
      onSuccess: (result) => setRevealed((current) => ({ ...current, ...result })),
      onError: (error) => setProblem(errorMessage(error)),
    });
  };
  const hide = (field: RevealField) => setRevealed(({ [field]: _hidden, ...rest }) => rest);
  const revealing = (field: RevealField) => reveal.isPending && reveal.variables?.includes(field) === true;
  const notSet = <span className="m-muted">{t('resident.profile.notSet')}</span>;

  return (
    <>
      <List className="m-details" header={<h2 className="m-list-title">{t('resident.profile.basics')}</h2>}>
        <List.Item extra={data.name}>{t('fields.name')}</List.Item>
        <List.Item extra={data.gender ? t(`gender.${data.gender}`) : notSet}>{t('fields.gender')}</List.Item>
        <List.Item extra={data.birthDate ?? notSet}>{t('fields.birthDate')}</List.Item>
        {(['phone', 'idNumber'] as const).map((field) => (
          <List.Item
            key={field}
            extra={
              <RevealableValue
                masked={field === 'phone' ? data.phoneMasked : data.idNumberMasked}
                full={revealed[field]}
                fieldName={fieldName(field)}
                loading={revealing(field)}
                onReveal={() => setAsking(field)}
                onHide={() => hide(field)}
              />
            }
          >
            {fieldName(field)}
          </List.Item>
        ))}
        <List.Item extra={formatLocation(data) || notSet}>{t('fields.compound')}</List.Item>
        <List.Item
          extra={
            data.labels.length > 0 ? (
              <Space wrap justify="end">
                {data.labels.map((label) => (
                  <Tag key={label} color="primary" fill="outline">
                    {t(`labels.${label}`)}
                  </Tag>
                ))}
              </Space>
            ) : (
              notSet
            )
          }
        >
          {t('fields.labels')}
        </List.Item>
      </List>
      {problem && (
        <p className="m-alert" role="alert">
          {problem}
        </p>
      )}
      <div className="m-actions">
        <Button block color="primary" fill="outline" onClick={() => void navigate('/profile/edit')}>
          {t('resident.profile.edit')}
        </Button>
      </div>
      <Dialog
        visible={asking !== null}
        title={t('resident.profile.revealTitle')}
        aria-label={t('resident.profile.revealTitle')}
        content={asking ? t('resident.profile.revealBody', { field: fieldName(asking) }) : null}
        onClose={() => setAsking(null)}
        actions={[
          [
            { key: 'cancel', text: t('common.cancel'), onClick: () => setAsking(null) },
            {
              key: 'confirm',
              text: t('common.view'),
              bold: true,
              onClick: () => {
                if (asking) confirmReveal(asking);
              },
            },
          ],
        ]}
      />
    </>
  );
}

function Preferences() {
  const { t } = useTranslation();
  const elderMode = useElderMode();
  const setPreference = useSetPreference();
  const locale = currentLocale();
  return (
    <List header={<h2 className="m-list-title">{t('resident.profile.settings')}</h2>}>
      <List.Item
        extra={
          <Radio.Group value={locale} onChange={(value) => setPreference.mutate({ locale: value as Locale })}>
            <div role="radiogroup" aria-label={t('common.language')} className="m-inline">
              {LOCALES.map((option) => (
                <Radio key={option} value={option}>
                  <span lang={option}>{t(`common.languages.${option}`)}</span>
                </Radio>
              ))}
            </div>
          </Radio.Group>
        }
      >
        {t('common.language')}
      </List.Item>
      <List.Item
        description={t('resident.profile.elderModeHint')}
        extra={
          <MobileSwitch
            checked={elderMode}
            label={t('common.elderMode')}
            onChange={(on) => setPreference.mutate({ elderMode: on })}
          />
        }
      >
        {t('common.elderMode')}
      </List.Item>
    </List>
  );
}

function LogoutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="m-actions">
      <Button
        block
        color="danger"
        fill="outline"
        loading={logout.isPending}
        onClick={() => setConfirming(true)}
        data-testid="logout"
      >
        {t('common.logout')}
      </Button>
      <Dialog
        visible={confirming}
        content={t('resident.profile.logoutConfirm')}
        aria-label={t('resident.profile.logoutConfirm')}
        onClose={() => setConfirming(false)}
        actions={[
          [
            { key: 'cancel', text: t('common.cancel'), onClick: () => setConfirming(false) },
            {
              key: 'confirm',
              text: t('common.logout'),
              bold: true,
              danger: true,
              onClick: () => {
                setConfirming(false);
                logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
              },
            },
          ],
        ]}
      />
    </div>
  );
}
