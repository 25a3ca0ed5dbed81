import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import type { StaffAccount } from '../../../lib/contracts';
import { required, staffPasswordRule } from '../../../lib/validation';
import { useResetStaffPassword } from '../api/reset-staff-password';
import { accountLabel } from './account-label';

interface PasswordValues {
  password: string;
}

const INITIAL: PasswordValues = { password: '' };

/** The system administrator sets a new password; the account's open sessions end. */
export function ResetPasswordModal({
  open,
  account,
  onClose,
}: {
  open: boolean;
  account: StaffAccount | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordValues>();
  const reset = useResetStaffPassword();
  return (
    <FormModal<PasswordValues, StaffAccount>
      open={open}
      title={t('staff.accounts.resetPasswordTitle', { name: account ? accountLabel(account) : '' })}
      form={form}
      initialValues={INITIAL}
      saving={reset.isPending}
      savedMessage={t('staff.accounts.passwordReset')}
      onSubmit={(values, callbacks) => {
        if (account) reset.mutate({ id: account.id, password: values.password }, callbacks);
      }}
      onClose={onClose}
    >
      <Form.Item
        name="password"
        label={t('fields.newPassword')}
        rules={[required('newPassword'), staffPasswordRule('newPassword')]}
        extra={t('staff.accounts.passwordHint')}
      >
        <Input.Password maxLength={200} autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
