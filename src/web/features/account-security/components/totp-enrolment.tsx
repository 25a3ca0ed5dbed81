import { Alert, Button, Form, Input, Skeleton, Space, Typography, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../../../lib/api-client';
import type { TotpSetup } from '../../../lib/contracts';
import { required, totpRule } from '../../../lib/validation';
import { useEnableTotp } from '../api/enable-totp';
import { useQrCode } from '../../../components/use-qr-code';

/** The key in groups of four, as authenticator apps print it and accept it. */
function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * The three steps of binding an authenticator app: scan the QR code (or
 * type the key), then prove it with the first code. Remount it (key) for
 * a new secret.
 */
export function TotpEnrolment({
  setup,
  restarting,
  onRestart,
  onEnabled,
}: {
  setup: TotpSetup;
  restarting: boolean;
  onRestart: () => void;
  onEnabled: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ totp: string }>();
  const enable = useEnableTotp();
  const qr = useQrCode(setup.otpauthUri);
  const [problem, setProblem] = useState<string | null>(null);
  const codeInput = useRef<InputRef>(null);

  const onFinish = ({ totp }: { totp: string }) => {
    setProblem(null);
    enable.mutate(totp.trim(), {
      onSuccess: onEnabled,
      onError: (error) => {
        if (isApiError(error, 'TOTP_INVALID')) {
          form.setFields([{ name: 'totp', value: '', errors: [error.message] }]);
          codeInput.current?.focus();
        } else setProblem(errorMessage(error));
      },
    });
  };

  return (
    <div className="s-totp-steps">
      <div>
        <h3 className="s-totp-step-title">{t('staff.accountSecurity.step1')}</h3>
        {qr.url ? (
          <img src={qr.url} alt={t('staff.accountSecurity.qrAlt')} width={200} height={200} className="s-totp-qr" />
        ) : qr.failed ? (
          <p className="s-summary">{t('staff.accountSecurity.qrFailed')}</p>
        ) : (
          <Skeleton.Node active style={{ width: 200, height: 200 }} />
        )}
      </div>
      <div>
        <h3 className="s-totp-step-title">{t('staff.accountSecurity.step2')}</h3>
        <Typography.Text className="s-mono s-totp-secret" copyable={{ text: setup.secret }}>
          <span className="visually-hidden">{t('staff.accountSecurity.secret')} </span>
          <span data-testid="totp-secret">{grouped(setup.secret)}</span>
        </Typography.Text>
      </div>
      <div>
        <h3 className="s-totp-step-title">{t('staff.accountSecurity.step3')}</h3>
        <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish}>
          <Form.Item name="totp" label={t('fields.totp')} rules={[required('totp'), totpRule()]}>
            <Input
              ref={codeInput}
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={6}
              className="s-mono"
              style={{ maxWidth: 200 }}
            />
          </Form.Item>
          {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={enable.isPending}>
              {t('staff.accountSecurity.confirm')}
            </Button>
            <Button onClick={onRestart} loading={restarting}>
              {t('staff.accountSecurity.restart')}
            </Button>
          </Space>
        </Form>
      </div>
    </div>
  );
}
