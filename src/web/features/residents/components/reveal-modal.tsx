import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api-client';
import type { RevealField, RevealResult } from '../../../lib/contracts';
import { showFieldErrors } from '../../../lib/form-errors';
import { minLengthRule, required } from '../../../lib/validation';
import { useRevealResident } from '../api/reveal-resident';

interface RevealValues {
  fields: RevealField[];
  reason: string;
}

/**
 * Asks why before unmasking a resident's phone and ID number. The reason is
 * stored with the audit event, so the auditor can later ask whether the
 * access was needed (PIPL, SPEC §4).
 */
export function RevealModal({
  residentId,
  open,
  onClose,
  onRevealed,
}: {
  residentId: number;
  open: boolean;
  onClose: () => void;
  onRevealed: (result: RevealResult) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RevealValues>();
  const reveal = useRevealResident(residentId);
  const [problem, setProblem] = useState<string | null>(null);

  const onFinish = (values: RevealValues) => {
    setProblem(null);
    reveal.mutate(
      { fields: values.fields, reason: values.reason.trim() },
      {
        onSuccess: (result) => {
          onRevealed(result);
          onClose();
        },
        onError: (error) => {
          if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('staff.residents.revealTitle')}
      okText={t('staff.residents.revealConfirm')}
      cancelText={t('common.cancel')}
      confirmLoading={reveal.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        setProblem(null);
      }}
      forceRender
    >
      <p>{t('staff.residents.revealHint')}</p>
      <Form<RevealValues>
        form={form}
        layout="vertical"
        initialValues={{ fields: ['phone', 'idNumber'], reason: '' }}
        onFinish={onFinish}
      >
        <Form.Item
          name="fields"
          label={t('fields.revealFields')}
          // A validator rather than `required`: antd would put aria-required on the group's <div>, which ARIA forbids.
          rules={[
            {
              validator: async (_rule, value: RevealField[] | undefined) => {
                if (!value?.length) throw new Error(t('staff.residents.revealPickOne'));
              },
            },
          ]}
        >
          <Checkbox.Group
            options={(['phone', 'idNumber'] as const).map((field) => ({ value: field, label: t(`fields.${field}`) }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('fields.reason')} rules={[required('reason'), minLengthRule('reason', 2)]}>
          <Input.TextArea
            rows={3}
            maxLength={200}
            showCount
            placeholder={t('staff.residents.revealReasonPlaceholder')}
          />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} role="alert" />}
    </Modal>
  );
}
