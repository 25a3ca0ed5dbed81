/** Who may import residents and enterprises: the officers who keep the registries, within their own areas. */
import { REGISTRY_ROLES } from '../residents';

export const IMPORT_ROLES = REGISTRY_ROLES;
