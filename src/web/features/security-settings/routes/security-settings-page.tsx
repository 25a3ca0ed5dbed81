import { Alert, App, Card, Skeleton, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { useSecuritySettings } from '../api/get-security-settings';
import { useUpdateSecuritySettings } from '../api/update-security-settings';

const SWITCH_ID = 'staff-totp-required';

/**
 * The security administrator's sign-in rules. Requiring two-factor sign-in
 * is refused until the administrator uses it too (else they would shut
 * themselves out), so that refusal comes with the way to set it up.
 */
export function SecuritySettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useSecuritySettings();
  const update = useUpdateSecuritySettings();
  const enrolFirst = isApiError(update.error, 'TOTP_ENROLLMENT_REQUIRED');

  return (
    <>
      <StaffPageHeader title={t('staff.securitySettings.title')} />
      <Card title={<h2 className="s-card-title">{t('staff.securitySettings.signIn')}</h2>}>
        {settings.isError && <Alert type="error" showIcon title={errorMessage(settings.error)} role="alert" />}
        {settings.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
        {settings.data && (
          <div className="s-setting">
            <div className="s-setting__text">
              <label htmlFor={SWITCH_ID} className="s-setting__label">
                {t('staff.securitySettings.staffTotpRequired')}
              </label>
              <p id={`${SWITCH_ID}-hint`} className="s-setting__hint">
                {t('staff.securitySettings.staffTotpRequiredHint')}
              </p>
            </div>
            <Switch
              id={SWITCH_ID}
              aria-describedby={`${SWITCH_ID}-hint`}
              checked={settings.data.staffTotpRequired}
              loading={update.isPending}
              onChange={(staffTotpRequired) =>
                update.mutate(
                  { staffTotpRequired },
                  { onSuccess: () => void message.success(t('staff.securitySettings.saved')) },
                )
              }
            />
          </div>
        )}
        {update.isError && (
          <Alert
            type={enrolFirst ? 'warning' : 'error'}
            showIcon
            role="alert"
            title={errorMessage(update.error)}
            description={
              enrolFirst && <Link to="/staff/account-security">{t('staff.securitySettings.enrolFirst')}</Link>
            }
            style={{ marginTop: 16 }}
          />
        )}
      </Card>
    </>
  );
}
