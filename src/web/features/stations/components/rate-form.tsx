import { Button, Rate, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api-client';
import type { RatingKind } from '../api/contracts';
import { useRateSubject } from '../api/rate-subject';

/** Five stars and a comment for anything she may rate once (a service, an event, a decision, a training). */
export function RateForm({ kind, id, onDone }: { kind: RatingKind; id: number; onDone?: () => void }) {
  const { t } = useTranslation();
  const rate = useRateSubject();
  const [score, setScore] = useState(5);
  const [comment, setComment] = useState('');
  const label = `rate-${kind}-${id}`;
  return (
    <div className="st-rate">
      <p id={label}>{t(`stations.rate.question.${kind}`)}</p>
      <Rate value={score} onChange={setScore} aria-labelledby={label} />
      <TextArea
        value={comment}
        onChange={setComment}
        maxLength={500}
        placeholder={t('stations.mine.comment')}
        aria-label={t('stations.mine.comment')}
      />
      <Button
        block
        color="primary"
        loading={rate.isPending}
        onClick={() =>
          rate.mutate(
            { kind, id, score, comment },
            {
              onSuccess: () => {
                Toast.show({ content: t('stations.mine.thanks') });
                onDone?.();
              },
              onError: (e) => Toast.show({ content: errorMessage(e) }),
            },
          )
        }
      >
        {t('stations.mine.submitRating')}
      </Button>
    </div>
  );
}
