import { Checkbox, Form, Input, Radio } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, type SaveCallbacks } from '../../../components/form-modal';
import { compoundsByCommunity, useAreaScope } from '../../../lib/areas';
import {
  checkIdNumber,
  idNumberFacts,
  RESIDENT_LABELS,
  type CreateResidentInput,
  type Gender,
  type ResidentDetail,
  type ResidentLabel,
  type UpdateResidentInput,
} from '../../../lib/contracts';
import { idNumberRule, mobileRule, required } from '../../../lib/validation';
import { useCreateResident } from '../api/create-resident';
import { useUpdateResident } from '../api/update-resident';
import { CompoundSelect } from '../../../components/compound-select';

interface ResidentValues {
  name: string;
  idNumber: string;
  phone: string;
  gender?: Gender | null;
  compoundId?: number | null;
  labels: ResidentLabel[];
  hukouArea: string;
}

/** Which server error belongs under which field, beyond the per-field validation details. */
const CONFLICT_FIELDS: Record<string, keyof ResidentValues> = {
  DUPLICATE_ID_NUMBER: 'idNumber',
  DUPLICATE_PHONE: 'phone',
};

/**
 * Registers a resident, or corrects one. When editing, the phone and ID
 * number are only ever shown masked, so their boxes start empty and are
 * sent only if the officer types a new value.
 */
export function ResidentFormModal({
  open,
  resident,
  onClose,
  onSaved,
}: {
  open: boolean;
  resident?: ResidentDetail;
  onClose: () => void;
  onSaved?: (resident: ResidentDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResidentValues>();
  const create = useCreateResident();
  const update = useUpdateResident(resident?.id ?? 0);
  const { scope, isPending: areasPending } = useAreaScope();
  const groups = useMemo(() => (scope ? compoundsByCommunity(scope.index, scope.roots) : []), [scope]);
  const editing = resident !== undefined;

  const initialValues: ResidentValues = {
    name: resident?.name ?? '',
    idNumber: '',
    phone: '',
    gender: resident?.gender ?? undefined,
    compoundId: resident?.compoundId ?? undefined,
    labels: resident?.labels ?? [],
    hukouArea: resident?.hukouArea ?? '',
  };

  const onSubmit = (values: ResidentValues, callbacks: SaveCallbacks<ResidentDetail>) => {
    const idNumber = values.idNumber.trim().toUpperCase();
    const phone = values.phone.trim();
    const hukouArea = values.hukouArea.trim();
    if (!editing) {
      const input: CreateResidentInput = {
        name: values.name.trim(),
        idNumber,
        phone,
        compoundId: values.compoundId ?? 0,
        labels: values.labels,
      };
      if (values.gender) input.gender = values.gender;
      if (hukouArea) input.hukouArea = hukouArea;
      create.mutate(input, callbacks);
      return;
    }
    const input: UpdateResidentInput = {};
    if (values.name.trim() !== resident.name) input.name = values.name.trim();
    if (idNumber) input.idNumber = idNumber;
    if (phone) input.phone = phone;
    if (values.gender && values.gender !== resident.gender) input.gender = values.gender;
    if (values.compoundId && values.compoundId !== resident.compoundId) input.compoundId = values.compoundId;
    if (values.labels.join() !== resident.labels.join()) input.labels = values.labels;
    if (hukouArea !== (resident.hukouArea ?? '')) input.hukouArea = hukouArea;
    if (Object.keys(input).length === 0) {
      onClose();
      return;
    }
    update.mutate(input, callbacks);
  };

  return (
    <FormModal<ResidentValues, ResidentDetail>
      open={open}
      title={editing ? t('staff.residents.editTitle') : t('staff.residents.createTitle')}
      form={form}
      initialValues={initialValues}
      saving={create.isPending || update.isPending}
      conflictFields={CONFLICT_FIELDS}
      savedMessage={editing ? t('staff.residents.updated') : t('staff.residents.created')}
      onSubmit={onSubmit}
      onSaved={onSaved}
      onClose={onClose}
      onValuesChange={(changed) => {
        // A valid 身份证 number encodes the sex; fill it in unless the officer already chose.
        if (changed.idNumber && !checkIdNumber(changed.idNumber) && !form.getFieldValue('gender')) {
          form.setFieldValue('gender', idNumberFacts(changed.idNumber).gender);
        }
      }}
    >
      <Form.Item name="name" label={t('fields.name')} rules={[required('name')]}>
        <Input maxLength={40} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('fields.idNumber')}
        rules={editing ? [idNumberRule()] : [required('idNumber'), idNumberRule()]}
        extra={editing ? t('common.currentValue', { value: resident.idNumberMasked ?? '—' }) : undefined}
      >
        <Input maxLength={18} autoComplete="off" className="s-mono" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('fields.phone')}
        rules={editing ? [mobileRule()] : [required('phone'), mobileRule()]}
        extra={editing ? t('common.currentValue', { value: resident.phoneMasked }) : undefined}
      >
        <Input maxLength={11} inputMode="numeric" autoComplete="off" className="s-mono" />
      </Form.Item>
      <Form.Item name="gender" label={t('fields.gender')}>
        <Radio.Group
          options={(['female', 'male'] as const).map((gender) => ({ value: gender, label: t(`gender.${gender}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="compoundId"
        label={t('fields.compound')}
        rules={[{ required: true, message: t('validation.choose', { field: t('fields.compound') }) }]}
      >
        <CompoundSelect groups={groups} loading={areasPending} placeholder={t('staff.residents.compoundPlaceholder')} />
      </Form.Item>
      <Form.Item name="labels" label={t('fields.labels')}>
        <Checkbox.Group options={RESIDENT_LABELS.map((label) => ({ value: label, label: t(`labels.${label}`) }))} />
      </Form.Item>
      <Form.Item name="hukouArea" label={t('fields.hukouArea')}>
        <Input maxLength={60} />
      </Form.Item>
    </FormModal>
  );
}
