import type { Me } from '../../../shared/schemas/auth';
import type { Actor } from '../../core/actor';

export function presentMe(actor: Actor): Me {
  return {
    id: actor.userId,
    kind: actor.kind,
    displayName: actor.displayName,
    role: actor.role,
    areas: actor.areas,
    enterprises: actor.enterprises,
    residentId: actor.residentId,
    stationId: actor.stationId,
    institutionId: actor.institutionId,
    locale: actor.locale,
    elderMode: actor.elderMode,
    totpEnabled: actor.totpEnabled,
    totpEnrollmentRequired: actor.totpEnrollmentRequired,
  };
}
