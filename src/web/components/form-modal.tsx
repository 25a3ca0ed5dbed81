import { Alert, App, Form, Modal, type FormInstance } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, isApiError } from '../lib/api-client';
import { showFieldErrors } from '../lib/form-errors';

/** What to hand the save mutation: `mutate(input, callbacks)`. */
export interface SaveCallbacks<Saved> {
  onSuccess: (saved: Saved) => void;
  onError: (error: unknown) => void;
}

/**
 * A record's form in a dialog. Each opening starts from the record as it is
 * now (it may have been saved since the last opening). The server's
 * objections go under the fields they name, or above the buttons when no
 * field fits; a save says so, then closes.
 */
export function FormModal<Values extends object, Saved>({
  open,
  title,
  form,
  initialValues,
  saving,
  conflictFields,
  savedMessage,
  onSubmit,
  onSaved,
  onClose,
  onValuesChange,
  children,
}: {
  open: boolean;
  title: string;
  form: FormInstance<Values>;
  initialValues: Values;
  saving: boolean;
  /** Which server error belongs under which field, beyond the per-field validation details. */
  conflictFields?: Partial<Record<string, NamePath<Values>>>;
  savedMessage: string;
  /** Called with the validated values; saves them, or calls `onClose` when there is nothing to save. */
  onSubmit: (values: Values, callbacks: SaveCallbacks<Saved>) => void;
  onSaved?: (saved: Saved) => void;
  onClose: () => void;
  onValuesChange?: (changed: Partial<Values>) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const callbacks: SaveCallbacks<Saved> = {
    onSuccess: (saved) => {
      void message.success(savedMessage);
      onSaved?.(saved);
      onClose();
    },
    onError: (error) => {
      const field = isApiError(error) ? conflictFields?.[error.code] : undefined;
      if (field && isApiError(error)) form.setFields([{ name: field, errors: [error.message] }]);
      else if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
    },
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setProblem(null)}
      forceRender
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          setProblem(null);
          onSubmit(values, callbacks);
        }}
        onValuesChange={onValuesChange}
      >
        {children}
      </Form>
      {problem && <Alert type="error" showIcon title={problem} role="alert" />}
    </Modal>
  );
}
