/** Shared employment (共享用工): its closed lists, re-exported by ../enums.ts (free of zod, like it). */
/** A firm's post: staff it can lend (富余) or hands it lacks (缺工). */
export const SHARING_POST_KINDS = ['surplus', 'shortage'] as const;
/** An agreement waits for both firms and every worker, is active, and has ended once every worker went back (ADR 0059, 0067). */
export const SHARING_AGREEMENT_STATUSES = ['pending', 'active', 'ended'] as const;
export const SHARING_CONSENTS = ['pending', 'consented', 'declined'] as const;
/** In the resident app, or through an officer (代办) with a witness. */
export const SHARING_CONSENT_METHODS = ['app', 'assisted'] as const;
/**
 * How a worker may be listed. Only `employee` is accepted: 人社厅发〔2020〕98号 keeps the labour
 * relation with the lending firm, so a listing as self-employed or as an individual business is
 * refused by name rather than silently dropped.
 */
export const SHARING_WORKER_RELATIONS = ['employee', 'self_employed', 'individual_business'] as const;

/** How a worker went back to the lending firm: at the end date, early at her request, or for a listed reason. */
export const SHARING_RETURN_KINDS = ['end_date', 'worker_early', 'borrower_reason'] as const;
/** The borrowing firm's duties a worker may name when she asks to go back early (98号文: hours, rest, safety, protection). */
export const SHARING_DUTIES = ['hours', 'rest', 'safety', 'protective_equipment'] as const;
