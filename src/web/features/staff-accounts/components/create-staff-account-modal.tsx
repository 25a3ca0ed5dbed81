import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import type { StaffAccount } from '../../../lib/contracts';
import { required, staffPasswordRule, usernameRule } from '../../../lib/validation';
import { useCreateStaffAccount } from '../api/create-staff-account';

interface CreateValues {
  username: string;
  displayName: string;
  password: string;
}

const INITIAL: CreateValues = { username: '', displayName: '', password: '' };
const CONFLICT_FIELDS = { DUPLICATE_USERNAME: 'username' } as const;

/** The system administrator opens an account; it has no role until the security administrator grants one. */
export function CreateStaffAccountModal({
  open,
  onClose,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (account: StaffAccount) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateStaffAccount();
  return (
    <FormModal<CreateValues, StaffAccount>
      open={open}
      title={t('staff.accounts.createTitle')}
      form={form}
      initialValues={INITIAL}
      saving={create.isPending}
      conflictFields={CONFLICT_FIELDS}
      savedMessage={t('staff.accounts.created')}
      onSubmit={(values, callbacks) =>
        create.mutate(
          { username: values.username.trim(), displayName: values.displayName.trim(), password: values.password },
          callbacks,
        )
      }
      onSaved={onSaved}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={t('staff.accounts.createHint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="username"
        label={t('fields.username')}
        rules={[required('username'), usernameRule()]}
        extra={t('staff.accounts.usernameHint')}
      >
        <Input maxLength={32} autoComplete="off" spellCheck={false} className="s-mono" />
      </Form.Item>
      <Form.Item name="displayName" label={t('fields.name')} rules={[required('name')]}>
        <Input maxLength={40} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('fields.initialPassword')}
        rules={[required('initialPassword'), staffPasswordRule('initialPassword')]}
        extra={t('staff.accounts.passwordHint')}
      >
        <Input.Password maxLength={200} autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
