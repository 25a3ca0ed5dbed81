import { App, Input, Modal } from 'antd';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api-client';

/** The desk writes what was done for one person (a booking checked in, a walk-in called); saving closes it. */
export function ServiceRecordModal<T>({
  who,
  id,
  save,
  onClose,
}: {
  who: string;
  id: number;
  save: UseMutationResult<T, Error, { id: number; serviceRecord: string }>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  return (
    <Modal
      open
      title={`${t('stations.staff.record')} · ${who}`}
      okText={t('stations.staff.saveRecord')}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: text.trim() === '' }}
      onCancel={onClose}
      onOk={() =>
        save.mutate(
          { id, serviceRecord: text.trim() },
          {
            onSuccess: () => {
              void message.success(t('stations.staff.recordSaved'));
              onClose();
            },
            onError: (e) => void message.error(errorMessage(e)),
          },
        )
      }
    >
      <label htmlFor="service-record">{t('stations.staff.record')}</label>
      <Input.TextArea
        id="service-record"
        rows={4}
        maxLength={2000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('stations.staff.recordPlaceholder')}
      />
    </Modal>
  );
}
