import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../api/contracts';

/** The materials asked for, and each file attached to the application as a link that opens it. */
export function MaterialLinks({ application: a }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('benefits.review.required', { items: a.requiredMaterials.join('、') || '—' })}</p>
      <ul>
        {a.materials.map((m) => (
          <li key={m.id}>
            <a
              href={`/api/v1/benefits/applications/${a.id}/materials/${m.id}`}
              target="_blank"
              rel="noreferrer"
            >{`${m.material}：${m.name}`}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
