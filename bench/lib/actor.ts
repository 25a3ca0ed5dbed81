/** The actor a benchmark calls a service as: a resident account acting for the enterprises given. */
import type { Actor } from '../../src/server/core/actor';

export function actorFor(userId: number, enterprises: { id: number; name: string }[]): Actor {
  return {
    userId,
    kind: 'resident',
    role: 'resident',
    displayName: 'bench',
    residentId: null,
    stationId: null,
    institutionId: null,
    areaPaths: [],
    areas: [],
    enterprises,
    locale: 'zh-CN',
    elderMode: false,
    totpEnabled: false,
    totpEnrollmentRequired: false,
  };
}
