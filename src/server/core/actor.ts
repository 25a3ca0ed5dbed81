import type { Role } from '../../shared/schemas/auth';

/** Who is making a request, as loaded fresh from the database for each request. */
export interface Actor {
  userId: number;
  kind: 'resident' | 'staff';
  role: Role;
  displayName: string;
  residentId: number | null;
  stationId: number | null;
  institutionId: number | null;
  /** Area subtrees a staff user serves, as '/1/4/' path prefixes. */
  areaPaths: string[];
  areas: { id: number; name: string; level: string }[];
  enterprises: { id: number; name: string }[];
  locale: 'zh-CN' | 'en';
  elderMode: boolean;
  totpEnabled: boolean;
  totpEnrollmentRequired: boolean;
}
