import { Alert, Button, Card, Form, Input, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { useMe, useSetPreference } from '../../../lib/auth';
import { showFieldErrors } from '../../../lib/form-errors';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { required, totpRule } from '../../../lib/validation';
import { useLogin } from '../api/sign-in';

interface StaffLoginValues {
  username: string;
  password: string;
  totp?: string;
}

export function StaffLoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.staff.title'));
  const me = useMe();
  const location = useLocation();
  const [form] = Form.useForm<StaffLoginValues>();
  const login = useLogin();
  const setPreference = useSetPreference();
  const [problem, setProblem] = useState<string | null>(null);
  // The server asks for the authenticator code only once the password is right (TOTP_REQUIRED).
  const [askTotp, setAskTotp] = useState(false);
  const totpInput = useRef<InputRef>(null);
  const other = currentLocale() === 'zh-CN' ? 'en' : 'zh-CN';

  useEffect(() => {
    if (askTotp) totpInput.current?.focus();
  }, [askTotp]);

  // Signing in (or arriving signed in) leads back to where the person was sent from.
  if (me.data?.kind === 'staff') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from ?? '/staff'} replace />;
  }

  const onFinish = ({ username, password, totp }: StaffLoginValues) => {
    setProblem(null);
    login.mutate(
      { username: username.trim(), password, ...(askTotp && totp ? { totp: totp.trim() } : {}) },
      {
        onError: (error) => {
          if (isApiError(error, 'TOTP_REQUIRED')) {
            // The password was right: keep it, and ask for the code.
            setAskTotp(true);
            return;
          }
          if (isApiError(error, 'TOTP_INVALID')) {
            form.setFields([{ name: 'totp', value: '', errors: [error.message] }]);
            totpInput.current?.focus();
            return;
          }
          form.setFieldsValue({ password: '', totp: '' });
          if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
        },
      },
    );
  };

  return (
    <main className="s-login">
      <Card className="s-login__card">
        <h1 className="s-login__title">{t('auth.staff.title')}</h1>
        <p className="s-login__subtitle">{t('auth.staff.subtitle')}</p>
        <Form<StaffLoginValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
          onValuesChange={(changed) => {
            // Another account may not use two-factor sign-in; the server will say if it does.
            if ('username' in changed && askTotp) {
              setAskTotp(false);
              form.setFieldValue('totp', '');
            }
          }}
        >
          <Form.Item name="username" label={t('fields.username')} rules={[required('username')]}>
            <Input autoComplete="username" size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('fields.password')} rules={[required('password')]}>
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          {askTotp && (
            <Form.Item
              name="totp"
              label={t('fields.totp')}
              rules={[required('totp'), totpRule()]}
              extra={t('auth.staff.totpHint')}
            >
              <Input
                ref={totpInput}
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={6}
                size="large"
                className="s-mono"
              />
            </Form.Item>
          )}
          {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={login.isPending}
            data-testid="staff-login-submit"
          >
            {t('auth.staff.login')}
          </Button>
        </Form>
        <div className="s-login__footer">
          <Button type="link" href="/login" style={{ paddingInline: 0 }}>
            {t('auth.staff.residentEntrance')}
          </Button>
          <Button type="link" onClick={() => setPreference.mutate({ locale: other })} style={{ paddingInline: 0 }}>
            <span lang={other}>{t(`common.languages.${other}`)}</span>
          </Button>
        </div>
      </Card>
    </main>
  );
}
