import { Dialog, Input, Radio, Space } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVITATION_KINDS } from '../../../lib/contracts';
import type { InvitationInput } from '../api/invite-candidate';
import { beijingDayFromNow } from './format';

/** 面试 or 试工: a kind, a Beijing time and a place. */
export function InviteDialog({
  open,
  onClose,
  onSend,
  defaultPlace,
}: {
  open: boolean;
  onClose: () => void;
  onSend: (inv: InvitationInput) => void;
  defaultPlace: string;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<InvitationInput['kind']>('interview');
  const [at, setAt] = useState(() => `${beijingDayFromNow(1)}T09:00`);
  const [place, setPlace] = useState(defaultPlace);
  return (
    <Dialog
      visible={open}
      title={t('jobs.employer.inviteTitle')}
      aria-label={t('jobs.employer.inviteTitle')}
      onClose={onClose}
      content={
        <div className="j-dialog-form">
          <span className="j-label">{t('jobs.employer.inviteKind')}</span>
          <Radio.Group value={kind} onChange={(v) => setKind(v as InvitationInput['kind'])}>
            <Space>
              {INVITATION_KINDS.map((k) => (
                <Radio key={k} value={k}>
                  {t(`jobs.invitationKinds.${k}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
          <label className="j-label" htmlFor="invite-at">
            {t('jobs.employer.inviteAt')}
          </label>
          <Input id="invite-at" type="datetime-local" value={at} onChange={setAt} />
          <label className="j-label" htmlFor="invite-place">
            {t('jobs.employer.invitePlace')}
          </label>
          <Input id="invite-place" value={place} onChange={setPlace} maxLength={100} />
        </div>
      }
      actions={[
        [
          { key: 'cancel', text: t('common.cancel'), onClick: onClose },
          {
            key: 'send',
            text: t('jobs.employer.inviteSend'),
            bold: true,
            disabled: place.trim().length < 2 || !at,
            onClick: () => onSend({ kind, at: `${at}:00+08:00`, place: place.trim() }),
          },
        ],
      ]}
    />
  );
}
