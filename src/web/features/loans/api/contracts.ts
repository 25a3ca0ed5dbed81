/**
 * The loan contracts the screens use, from src/shared (the same seam as lib/contracts.ts, kept inside the
 * feature so the capability merges as one folder).
 */
import type { z } from 'zod';
import type * as s from '../../../../shared/schemas/loans';

export type LoanSettings = z.infer<typeof s.loanSettings>;
export type LoanProduct = z.infer<typeof s.loanProduct>;
export type LoanDetail = z.infer<typeof s.loanDetail>;
export type LoanStage = z.infer<typeof s.loanStage>;
export type LoanListItem = z.infer<typeof s.loanListItem>;
export type CreateLoanInput = z.input<typeof s.createLoan>;
export type LoanActionInput = z.input<typeof s.loanActionInput>;
export type { LoanAction, LoanHolder } from '../../../../shared/loans/workflow';
export type { LoanStatus, GuaranteeMode } from '../../../../shared/loans/enums';
export { GUARANTEE_MODES, LOAN_STATUSES } from '../../../../shared/loans/enums';
export { LOAN_JOURNEY } from '../../../../shared/loans/workflow';
export type RecordRepaymentInput = z.input<typeof s.recordRepayment>;
export type RepaymentImportResult = z.infer<typeof s.repaymentImportResult>;
export type QuarterSubsidy = z.infer<typeof s.quarterSubsidy>;
