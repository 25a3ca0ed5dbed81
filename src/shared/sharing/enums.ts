/** Shared employment (共享用工): its closed lists, re-exported by ../enums.ts (free of zod, like it). */
/** A firm's post: staff it can lend (富余) or hands it lacks (缺工). */
export const SHARING_POST_KINDS = ['surplus', 'shortage'] as const;
/** An agreement waits for both firms and every worker, then is active (ADR 0059). */
export const SHARING_AGREEMENT_STATUSES = ['pending', 'active'] as const;
export const SHARING_CONSENTS = ['pending', 'consented', 'declined'] as const;
/** In the resident app, or through an officer (代办) with a witness. */
export const SHARING_CONSENT_METHODS = ['app', 'assisted'] as const;
/**
 * How a worker may be listed. Only `employee` is accepted: 人社厅发〔2020〕98号 keeps the labour
 * relation with the lending firm, so a listing as self-employed or as an individual business is
 * refused by name rather than silently dropped.
 */
export const SHARING_WORKER_RELATIONS = ['employee', 'self_employed', 'individual_business'] as const;
