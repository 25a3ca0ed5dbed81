/** GET /api/v1/loans/repayments/template: the .xlsx to fill in, as a download link. */
export const repaymentTemplateUrl = '/api/v1/loans/repayments/template';
