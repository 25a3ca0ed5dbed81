import { Alert, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api-client';

/**
 * Asks before an action that cannot simply be undone. A titled dialog (so
 * it is named to screen readers, unlike antd's Modal.confirm), which says
 * why the action failed, if it did, without closing.
 */
export function ConfirmModal({
  open,
  title,
  okText,
  danger,
  pending,
  error,
  onConfirm,
  onClose,
  afterClose,
  children,
}: {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  afterClose?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      confirmLoading={pending}
      onOk={onConfirm}
      onCancel={onClose}
      afterClose={afterClose}
    >
      <p>{children}</p>
      {error !== null && error !== undefined && (
        <Alert type="error" showIcon title={errorMessage(error)} role="alert" />
      )}
    </Modal>
  );
}
