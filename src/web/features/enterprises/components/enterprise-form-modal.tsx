import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AreaTreeSelect } from '../../../components/area-tree-select';
import { FormModal, type SaveCallbacks } from '../../../components/form-modal';
import { useAreaScope } from '../../../lib/areas';
import {
  ENTERPRISE_TYPES,
  type CreateEnterpriseInput,
  type Enterprise,
  type EnterpriseType,
  type UpdateEnterpriseInput,
} from '../../../lib/contracts';
import { creditCodeRule, mobileRule, required } from '../../../lib/validation';
import { useCreateEnterprise } from '../api/create-enterprise';
import { useUpdateEnterprise } from '../api/update-enterprise';

interface EnterpriseValues {
  name: string;
  creditCode: string;
  type?: EnterpriseType;
  areaId?: number;
  ownerName: string;
  ownerPhone: string;
  establishedOn: string;
  verified: boolean;
}

/** Which server error belongs under which field, beyond the per-field validation details. */
const CONFLICT_FIELDS: Record<string, keyof EnterpriseValues> = { DUPLICATE_CREDIT_CODE: 'creditCode' };

/**
 * Registers an employer, or corrects one. The owner's phone is only ever
 * shown masked, so when editing its box starts empty and is sent only if a
 * new number is typed.
 */
export function EnterpriseFormModal({
  open,
  enterprise,
  onClose,
  onSaved,
}: {
  open: boolean;
  enterprise?: Enterprise;
  onClose: () => void;
  onSaved?: (enterprise: Enterprise) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EnterpriseValues>();
  const create = useCreateEnterprise();
  const update = useUpdateEnterprise(enterprise?.id ?? 0);
  const { scope, isPending: areasPending } = useAreaScope();
  const editing = enterprise !== undefined;

  const initialValues: EnterpriseValues = {
    name: enterprise?.name ?? '',
    creditCode: enterprise?.creditCode ?? '',
    type: enterprise?.type,
    areaId: enterprise?.areaId,
    ownerName: enterprise?.ownerName ?? '',
    ownerPhone: '',
    establishedOn: enterprise?.establishedOn ?? '',
    verified: enterprise?.verified ?? false,
  };

  const onSubmit = (values: EnterpriseValues, callbacks: SaveCallbacks<Enterprise>) => {
    const trimmed = {
      name: values.name.trim(),
      creditCode: values.creditCode.trim().toUpperCase(),
      ownerName: values.ownerName.trim(),
      ownerPhone: values.ownerPhone.trim(),
      establishedOn: values.establishedOn,
    };
    if (!editing) {
      const input: CreateEnterpriseInput = {
        name: trimmed.name,
        creditCode: trimmed.creditCode,
        type: values.type ?? 'company',
        areaId: values.areaId ?? 0,
        ownerName: trimmed.ownerName,
        ownerPhone: trimmed.ownerPhone,
      };
      if (trimmed.establishedOn) input.establishedOn = trimmed.establishedOn;
      create.mutate(input, callbacks);
      return;
    }
    const input: UpdateEnterpriseInput = {};
    if (trimmed.name !== enterprise.name) input.name = trimmed.name;
    if (trimmed.creditCode !== enterprise.creditCode) input.creditCode = trimmed.creditCode;
    if (values.type && values.type !== enterprise.type) input.type = values.type;
    if (values.areaId && values.areaId !== enterprise.areaId) input.areaId = values.areaId;
    if (trimmed.ownerName !== enterprise.ownerName) input.ownerName = trimmed.ownerName;
    if (trimmed.ownerPhone) input.ownerPhone = trimmed.ownerPhone;
    if (trimmed.establishedOn && trimmed.establishedOn !== enterprise.establishedOn) {
      input.establishedOn = trimmed.establishedOn;
    }
    if (values.verified !== enterprise.verified) input.verified = values.verified;
    if (Object.keys(input).length === 0) {
      onClose();
      return;
    }
    update.mutate(input, callbacks);
  };

  return (
    <FormModal<EnterpriseValues, Enterprise>
      open={open}
      title={editing ? t('staff.enterprises.editTitle') : t('staff.enterprises.createTitle')}
      form={form}
      initialValues={initialValues}
      saving={create.isPending || update.isPending}
      conflictFields={CONFLICT_FIELDS}
      savedMessage={editing ? t('staff.enterprises.updated') : t('staff.enterprises.created')}
      onSubmit={onSubmit}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('fields.enterpriseName')} rules={[required('enterpriseName')]}>
        <Input maxLength={100} autoComplete="organization" />
      </Form.Item>
      <Form.Item name="creditCode" label={t('fields.creditCode')} rules={[required('creditCode'), creditCodeRule()]}>
        <Input maxLength={18} className="s-mono" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="type"
        label={t('fields.enterpriseType')}
        rules={[{ required: true, message: t('validation.choose', { field: t('fields.enterpriseType') }) }]}
      >
        <Select options={ENTERPRISE_TYPES.map((type) => ({ value: type, label: t(`enterpriseTypes.${type}`) }))} />
      </Form.Item>
      <Form.Item
        name="areaId"
        label={t('fields.area')}
        rules={[{ required: true, message: t('validation.choose', { field: t('fields.area') }) }]}
      >
        <AreaTreeSelect
          roots={scope?.roots ?? []}
          loading={areasPending}
          levels={['street', 'community', 'compound']}
        />
      </Form.Item>
      <Form.Item name="ownerName" label={t('fields.ownerName')} rules={[required('ownerName')]}>
        <Input maxLength={40} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="ownerPhone"
        label={t('fields.ownerPhone')}
        rules={editing ? [mobileRule('ownerPhone')] : [required('ownerPhone'), mobileRule('ownerPhone')]}
        extra={editing ? t('common.currentValue', { value: enterprise.ownerPhoneMasked }) : undefined}
      >
        <Input maxLength={11} inputMode="numeric" className="s-mono" autoComplete="off" />
      </Form.Item>
      <Form.Item name="establishedOn" label={t('fields.establishedOn')}>
        <Input type="date" />
      </Form.Item>
      {editing && (
        <Form.Item name="verified" valuePropName="checked">
          <Checkbox>{t('staff.enterprises.verifiedCheckbox')}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
