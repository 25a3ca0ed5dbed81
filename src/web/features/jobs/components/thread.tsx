import { Button, TextArea } from 'antd-mobile';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../lib/contracts';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';

/** The application's messages and a box to add one. */
export function Thread({
  application,
  side,
  onSend,
  sending,
}: {
  application: Application;
  side: 'resident' | 'employer';
  onSend: (body: string) => void;
  sending: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState('');
  return (
    <section className="m-card" aria-labelledby={`${id}-title`}>
      <h2 className="m-card__title" id={`${id}-title`}>
        {t('jobs.applications.thread')}
      </h2>
      {application.messages.length === 0 ? (
        <p className="m-muted">{t('jobs.applications.noMessages')}</p>
      ) : (
        <ul className="j-thread">
          {application.messages.map((m) => (
            <li key={m.id} className={m.side === side ? 'j-msg j-msg--mine' : 'j-msg'}>
              <span className="j-msg__who">
                {m.side === 'resident' ? application.applicant.displayName : application.enterpriseName}
                {m.assistedBy ? `（${t('jobs.applications.assisted', { name: m.assistedBy })}）` : ''} ·{' '}
                {formatDateTime(m.at, currentLocale())}
              </span>
              <span className="j-msg__body">{m.body}</span>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-box`} className="visually-hidden">
        {t('jobs.applications.messagePlaceholder')}
      </label>
      <TextArea
        id={`${id}-box`}
        value={body}
        onChange={setBody}
        placeholder={t('jobs.applications.messagePlaceholder')}
        maxLength={1000}
        autoSize={{ minRows: 2, maxRows: 5 }}
      />
      <Button
        size="small"
        color="primary"
        disabled={body.trim() === ''}
        loading={sending}
        onClick={() => {
          onSend(body.trim());
          setBody('');
        }}
      >
        {t('jobs.applications.send')}
      </Button>
    </section>
  );
}
