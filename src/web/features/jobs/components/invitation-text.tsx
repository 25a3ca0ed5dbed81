import { useTranslation } from 'react-i18next';
import type { Application } from '../../../lib/contracts';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';

/** 面试 / 试工: when and where, on Beijing time. */
export function InvitationText({ application }: { application: Application }) {
  const { t } = useTranslation();
  if (!application.invitation) return null;
  const inv = application.invitation;
  return (
    <p className="j-invitation" data-testid="invitation">
      {t('jobs.applications.invitationValue', {
        kind: t(`jobs.invitationKinds.${inv.kind}`),
        at: formatDateTime(inv.at, currentLocale()).slice(0, 16),
        place: inv.place,
      })}
    </p>
  );
}
