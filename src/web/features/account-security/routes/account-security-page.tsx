import { Alert, App, Button, Card, Descriptions, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { useStartTotpSetup } from '../api/start-totp-setup';
import { TotpEnrolment } from '../components/totp-enrolment';

/**
 * Every staff member's own sign-in: whether two-factor sign-in is on, and
 * binding an authenticator app. While the security administrator requires
 * it and it is not set up, this is the only page the console shows.
 */
export function AccountSecurityPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe().data;
  const setup = useStartTotpSetup();
  // Remembered from before enabling, so the way back to work stays on screen afterwards.
  const [wasRequired, setWasRequired] = useState(false);
  if (!me) return null;

  const onEnabled = () => {
    setWasRequired(me.totpEnrollmentRequired);
    // The secret is not kept once the app holds it.
    setup.reset();
    void message.success(t('staff.accountSecurity.enabledNow'));
  };

  return (
    <>
      <StaffPageHeader title={t('staff.accountSecurity.title')} />
      {me.totpEnrollmentRequired && (
        <Alert
          type="warning"
          showIcon
          title={t('staff.accountSecurity.requiredTitle')}
          description={t('staff.accountSecurity.requiredBody')}
          style={{ marginBottom: 16 }}
          data-testid="totp-required-banner"
        />
      )}
      <Card title={<h2 className="s-card-title">{t('staff.accountSecurity.twoFactor')}</h2>}>
        <Descriptions
          column={1}
          size="small"
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'account',
              label: t('staff.accountSecurity.account'),
              // Platform accounts are named after their role; saying it twice adds nothing.
              children:
                me.displayName === t(`roles.${me.role}`)
                  ? me.displayName
                  : `${me.displayName} · ${t(`roles.${me.role}`)}`,
            },
            {
              key: 'status',
              label: t('staff.accountSecurity.status'),
              children: (
                <Tag color={me.totpEnabled ? 'green' : 'orange'} data-testid="totp-status">
                  {me.totpEnabled ? t('staff.accountSecurity.enabled') : t('staff.accountSecurity.disabled')}
                </Tag>
              ),
            },
          ]}
        />
        <p className="s-setting__hint" style={{ marginBottom: 16 }}>
          {me.totpEnabled ? t('staff.accountSecurity.enabledHint') : t('staff.accountSecurity.intro')}
        </p>
        {me.totpEnabled && wasRequired && (
          <Button type="primary" onClick={() => void navigate('/staff')}>
            {t('staff.accountSecurity.continue')}
          </Button>
        )}
        {!me.totpEnabled && !setup.data && (
          <>
            {setup.isError && (
              <Alert
                type="error"
                showIcon
                title={errorMessage(setup.error)}
                role="alert"
                style={{ marginBottom: 16 }}
              />
            )}
            <Button type="primary" loading={setup.isPending} onClick={() => setup.mutate()}>
              {t('staff.accountSecurity.start')}
            </Button>
          </>
        )}
        {!me.totpEnabled && setup.data && (
          <TotpEnrolment
            key={setup.data.secret}
            setup={setup.data}
            restarting={setup.isPending}
            onRestart={() => setup.mutate()}
            onEnabled={onEnabled}
          />
        )}
      </Card>
    </>
  );
}
