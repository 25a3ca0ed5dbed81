import { Button, Form, Input, type InputRef } from 'antd-mobile';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { useSetPreference } from '../../../lib/auth';
import { showFieldErrors } from '../../../lib/form-errors';
import { currentLocale } from '../../../lib/i18n';
import { useElderMode } from '../../../lib/preferences';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { mobileRule, required, smsCodeRule } from '../../../lib/validation';
import { useIsDemoServer } from '../api/get-sms-outbox';
import { useLogin } from '../api/sign-in';
import { useSendSmsCode } from '../api/send-sms-code';
import { useCountdown } from '../components/use-countdown';

interface LoginValues {
  phone: string;
  code: string;
}

export function ResidentLoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.resident.title'));
  const [form] = Form.useForm<LoginValues>();
  const codeInput = useRef<InputRef>(null);
  const sendCode = useSendSmsCode();
  const login = useLogin();
  const countdown = useCountdown();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const isDemo = useIsDemoServer(sentTo);
  const elderMode = useElderMode();

  const onSendCode = async () => {
    setProblem(null);
    let phone: string;
    try {
      phone = (await form.validateFields(['phone'])).phone.trim();
    } catch {
      return;
    }
    sendCode.mutate(
      { phone },
      {
        onSuccess: ({ resendAfterSeconds }) => {
          countdown.start(resendAfterSeconds);
          setSentTo(phone);
          codeInput.current?.focus();
        },
        onError: (error) => {
          const wait = isApiError(error, 'SMS_TOO_FREQUENT') ? error.detailNumber('retryAfterSeconds') : null;
          if (wait) countdown.start(wait);
          if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
        },
      },
    );
  };

  const onFinish = ({ phone, code }: LoginValues) => {
    setProblem(null);
    login.mutate(
      { phone: phone.trim(), code: code.trim() },
      {
        // On success the shell sees a signed-in resident and leads on from here.
        onError: (error) => {
          if (isApiError(error, 'SMS_CODE_INVALID')) form.setFields([{ name: 'code', errors: [error.message] }]);
          else if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
        },
      },
    );
  };

  return (
    <div className="m-login">
      <LoginToolbar />
      <div className="m-login__brand">
        <img className="m-login__logo" src="/favicon.svg" alt="" width={64} height={64} />
        <h1 className="m-login__title">{t('common.appName')}</h1>
        <p className="m-login__tagline">{t('auth.resident.tagline')}</p>
      </div>

      <Form
        form={form}
        // Side-by-side labels do not fit at elder-mode sizes; stacked ones always do.
        layout={elderMode ? 'vertical' : 'horizontal'}
        requiredMarkStyle="none"
        onFinish={onFinish}
        footer={
          <Button block type="submit" color="primary" size="large" loading={login.isPending} data-testid="login-submit">
            {t('auth.resident.login')}
          </Button>
        }
      >
        <Form.Item name="phone" label={t('fields.phone')} rules={[required('phone'), mobileRule()]}>
          <Input
            type="tel"
            inputMode="numeric"
            autoComplete="tel"
            maxLength={11}
            clearable
            placeholder={t('auth.resident.phonePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('fields.code')}
          rules={[required('code'), smsCodeRule()]}
          extra={
            <Button
              size="small"
              color="primary"
              fill="outline"
              disabled={countdown.secondsLeft > 0}
              loading={sendCode.isPending}
              data-testid="send-sms-code"
              onClick={() => void onSendCode()}
            >
              {countdown.secondsLeft > 0
                ? t('auth.resident.resendIn', { seconds: countdown.secondsLeft })
                : t('auth.resident.sendCode')}
            </Button>
          }
        >
          <Input
            ref={codeInput}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            placeholder={t('auth.resident.codePlaceholder')}
          />
        </Form.Item>
      </Form>

      <div className="m-login__messages">
        {problem && (
          <p className="m-alert" role="alert">
            {problem}
          </p>
        )}
        <p role="status" className="m-login__status">
          {sentTo && !problem ? t('auth.resident.codeSent') : ''}
          {sentTo && isDemo ? ` ${t('auth.resident.demoHint')}` : ''}
        </p>
      </div>

      <p className="m-login__footer">
        <Link to="/staff/login" reloadDocument>
          {t('auth.resident.staffEntrance')}
        </Link>
      </p>
    </div>
  );
}

/** Language and elder mode belong on the sign-in screen too: that is where an older person first needs them. */
function LoginToolbar() {
  const { t } = useTranslation();
  const elderMode = useElderMode();
  const setPreference = useSetPreference();
  const other = currentLocale() === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <div className="m-login__toolbar">
      <Button size="small" fill="none" onClick={() => setPreference.mutate({ locale: other })}>
        <span lang={other}>{t(`common.languages.${other}`)}</span>
      </Button>
      <Button
        size="small"
        fill="none"
        aria-pressed={elderMode}
        onClick={() => setPreference.mutate({ elderMode: !elderMode })}
      >
        {t('common.elderMode')}
      </Button>
    </div>
  );
}
