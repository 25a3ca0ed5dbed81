import { Alert, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, type SaveCallbacks } from '../../../components/form-modal';
import {
  GRANTABLE_ROLES,
  type GrantableRole,
  type GrantStaffAccountInput,
  type StaffAccount,
} from '../../../lib/contracts';
import type { FieldRule } from '../../../lib/validation';
import { useAreas } from '../../../lib/areas';
import { useStaffAccountOptions } from '../api/get-staff-account-options';
import { useGrantStaffAccount } from '../api/grant-staff-account';
import { accountLabel } from './account-label';
import { AreaMultiSelect } from './area-multi-select';

interface GrantValues {
  role?: GrantableRole;
  areaIds: number[];
  stationId?: number;
  institutionId?: number;
}

const OFFICERS: readonly GrantableRole[] = ['community_officer', 'street_officer'];

function isGrantable(role: string): role is GrantableRole {
  return (GRANTABLE_ROLES as readonly string[]).includes(role);
}

/**
 * The security administrator gives an account its role and where it
 * works: areas (an officer's whole scope; optional for the others), the
 * station of a station agent, the institution of a lender. The fields
 * follow the chosen role.
 */
export function GrantModal({
  open,
  account,
  onClose,
}: {
  open: boolean;
  account: StaffAccount | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GrantValues>();
  const grant = useGrantStaffAccount();
  const options = useStaffAccountOptions(open);
  // Asked with the page, so the area picker is ready when a role needs it.
  useAreas();
  const role = Form.useWatch('role', form);
  const officer = role !== undefined && OFFICERS.includes(role);

  const initialValues: GrantValues = {
    role: account && isGrantable(account.role) ? account.role : undefined,
    areaIds: account?.areas.map((area) => area.id) ?? [],
    stationId: account?.stationId ?? undefined,
    institutionId: account?.institutionId ?? undefined,
  };

  const choose = (field: 'role' | 'serviceAreas' | 'station' | 'institution'): FieldRule => ({
    required: true,
    message: t('validation.choose', { field: t(`fields.${field}`) }),
  });
  const someAreas: FieldRule = {
    validator: async (_rule, value) => {
      if (officer && (!Array.isArray(value) || value.length === 0)) {
        throw new Error(t('validation.choose', { field: t('fields.serviceAreas') }));
      }
    },
  };

  const onSubmit = (values: GrantValues, callbacks: SaveCallbacks<StaffAccount>) => {
    if (!account || !values.role) return;
    const input: GrantStaffAccountInput = { role: values.role, areaIds: values.areaIds };
    if (values.role === 'station_agent') input.stationId = values.stationId;
    if (values.role === 'lender') input.institutionId = values.institutionId;
    grant.mutate({ id: account.id, input }, callbacks);
  };

  return (
    <FormModal<GrantValues, StaffAccount>
      open={open}
      title={t('staff.accounts.grantTitle', { name: account ? accountLabel(account) : '' })}
      form={form}
      initialValues={initialValues}
      saving={grant.isPending}
      savedMessage={t('staff.accounts.granted')}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={t('staff.accounts.grantHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="role" label={t('fields.role')} rules={[choose('role')]}>
        <Select<GrantableRole>
          placeholder={t('staff.accounts.rolePlaceholder')}
          options={GRANTABLE_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        />
      </Form.Item>
      {role !== undefined && (
        <Form.Item
          name="areaIds"
          label={t('fields.serviceAreas')}
          rules={[someAreas]}
          required={officer}
          extra={officer ? t('staff.accounts.areasHintOfficer') : t('staff.accounts.areasHintOther')}
        >
          <AreaMultiSelect placeholder={t('staff.accounts.areasPlaceholder')} />
        </Form.Item>
      )}
      {role === 'station_agent' && (
        <Form.Item name="stationId" label={t('fields.station')} rules={[choose('station')]}>
          <Select<number>
            placeholder={t('staff.accounts.stationPlaceholder')}
            loading={options.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={options.data?.stations.map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
      )}
      {role === 'lender' && (
        <Form.Item name="institutionId" label={t('fields.institution')} rules={[choose('institution')]}>
          <Select<number>
            placeholder={t('staff.accounts.institutionPlaceholder')}
            loading={options.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={options.data?.institutions.map((i) => ({ value: i.id, label: i.name }))}
          />
        </Form.Item>
      )}
      {options.isError && <Alert type="error" showIcon title={t('common.errors.loadFailed')} role="alert" />}
    </FormModal>
  );
}
