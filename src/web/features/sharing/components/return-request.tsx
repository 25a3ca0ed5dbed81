import { Button, Dialog, Radio, Space, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHARING_DUTIES } from '../../../../shared/enums';
import { errorMessage } from '../../../lib/api-client';
import { useReturnMine } from '../api/return-mine';

type Duty = (typeof SHARING_DUTIES)[number];

/** A worker asks to go back to her own employer early, naming the duty the borrowing firm broke. */
export function ReturnRequest({ agreementId, borrowingName }: { agreementId: number; borrowingName: string }) {
  const { t } = useTranslation();
  const [duty, setDuty] = useState<Duty | null>(null);
  const [note, setNote] = useState('');
  const send = useReturnMine();
  const ask = async () => {
    if (!duty) return;
    const ok = await Dialog.confirm({
      content: t('sharing.my.returnConfirm', { name: borrowingName }),
      confirmText: t('sharing.my.returnSubmit'),
      cancelText: t('common.cancel'),
    });
    if (!ok) return;
    send.mutate(
      { id: agreementId, duty, note },
      {
        onSuccess: () => Toast.show({ content: t('sharing.my.returnDone') }),
        onError: (e) => Toast.show({ content: errorMessage(e) }),
      },
    );
  };
  const noteId = `sh-return-note-${agreementId}`;
  return (
    <fieldset className="sh-fieldset" data-testid="return-request">
      <legend className="m-card__title">{t('sharing.my.returnTitle')}</legend>
      <p className="sh-note">{t('sharing.my.returnIntro')}</p>
      <p className="sh-label" id={`sh-duty-${agreementId}`}>
        {t('sharing.my.returnDuty')}
      </p>
      <Radio.Group value={duty ?? undefined} onChange={(v) => setDuty(v as Duty)}>
        <Space direction="vertical" aria-labelledby={`sh-duty-${agreementId}`}>
          {SHARING_DUTIES.map((d) => (
            <Radio key={d} value={d} className="sh-radio">
              {t(`sharing.duties.${d}`)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      <label className="sh-label" htmlFor={noteId}>
        {t('sharing.my.returnNote')}
      </label>
      <TextArea id={noteId} value={note} onChange={setNote} maxLength={150} autoSize={{ minRows: 2, maxRows: 4 }} />
      <div className="sh-buttons">
        <Button
          size="large"
          color="danger"
          disabled={duty === null}
          loading={send.isPending}
          onClick={() => void ask()}
        >
          {t('sharing.my.returnSubmit')}
        </Button>
      </div>
    </fieldset>
  );
}
