import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, type SaveCallbacks } from '../../../components/form-modal';
import { CHILD_LEVELS, type Area, type AreaLevel, type UpdateAreaInput } from '../../../lib/contracts';
import { areaCodeRule, required } from '../../../lib/validation';
import { useCreateArea } from '../api/create-area';
import { useUpdateArea } from '../api/update-area';

interface AreaValues {
  code: string;
  name: string;
  level?: AreaLevel;
  lat: number | null;
  lng: number | null;
}

const CONFLICT_FIELDS = { DUPLICATE_AREA_CODE: 'code' } as const;

/** What the dialog is for: a node under `parent` (null: the root district), or correcting `area`. */
export type AreaDialog = { mode: 'create'; parent: Area | null } | { mode: 'edit'; area: Area };

/**
 * Adds an area under another (only the levels that may sit there), or
 * corrects an area's name and coordinates. The code and level of an area
 * never change: rows all over the platform are filed under them.
 */
export function AreaFormModal({
  open,
  dialog,
  onClose,
  onSaved,
}: {
  open: boolean;
  dialog: AreaDialog | undefined;
  onClose: () => void;
  onSaved?: (area: Area) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AreaValues>();
  const create = useCreateArea();
  const update = useUpdateArea();
  const editing = dialog?.mode === 'edit' ? dialog.area : undefined;
  const parent = dialog?.mode === 'create' ? dialog.parent : undefined;
  const levels: readonly AreaLevel[] = parent ? CHILD_LEVELS[parent.level] : ['district'];

  const initialValues: AreaValues = {
    code: '',
    name: editing?.name ?? '',
    level: editing?.level ?? levels[0],
    lat: editing?.lat ?? null,
    lng: editing?.lng ?? null,
  };

  const onSubmit = (values: AreaValues, callbacks: SaveCallbacks<Area>) => {
    if (editing) {
      const input: UpdateAreaInput = {};
      if (values.name.trim() !== editing.name) input.name = values.name.trim();
      if (values.lat !== editing.lat) input.lat = values.lat;
      if (values.lng !== editing.lng) input.lng = values.lng;
      if (Object.keys(input).length === 0) onClose();
      else update.mutate({ id: editing.id, input }, callbacks);
      return;
    }
    if (!values.level || parent === undefined) return;
    create.mutate(
      {
        parentId: parent?.id ?? null,
        code: values.code.trim(),
        name: values.name.trim(),
        level: values.level,
        ...(values.lat !== null ? { lat: values.lat } : {}),
        ...(values.lng !== null ? { lng: values.lng } : {}),
      },
      callbacks,
    );
  };

  const title = editing
    ? t('staff.areas.editTitle')
    : parent
      ? t('staff.areas.addChildTitle')
      : t('staff.areas.addRootTitle');

  return (
    <FormModal<AreaValues, Area>
      open={open}
      title={title}
      form={form}
      initialValues={initialValues}
      saving={create.isPending || update.isPending}
      conflictFields={CONFLICT_FIELDS}
      savedMessage={editing ? t('staff.areas.updated') : t('staff.areas.created')}
      onSubmit={onSubmit}
      onSaved={onSaved}
      onClose={onClose}
    >
      {parent && (
        <p className="s-summary">
          {t('staff.areas.under', { name: parent.name, level: t(`areaLevels.${parent.level}`) })}
        </p>
      )}
      {!editing && (
        <>
          <Form.Item
            name="code"
            label={t('fields.areaCode')}
            rules={[required('areaCode'), areaCodeRule()]}
            extra={t('staff.areas.codeHint')}
          >
            <Input maxLength={15} inputMode="numeric" autoComplete="off" className="s-mono" />
          </Form.Item>
          <Form.Item
            name="level"
            label={t('fields.areaLevel')}
            rules={[{ required: true, message: t('validation.choose', { field: t('fields.areaLevel') }) }]}
          >
            <Select<AreaLevel> options={levels.map((level) => ({ value: level, label: t(`areaLevels.${level}`) }))} />
          </Form.Item>
        </>
      )}
      <Form.Item name="name" label={t('fields.areaName')} rules={[required('areaName')]}>
        <Input maxLength={60} autoComplete="off" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="lat" label={t('fields.lat')} extra={t('staff.areas.coordinatesHint')}>
            <InputNumber<number> min={-90} max={90} step={0.0001} precision={6} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="lng" label={t('fields.lng')}>
            <InputNumber<number> min={-180} max={180} step={0.0001} precision={6} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
