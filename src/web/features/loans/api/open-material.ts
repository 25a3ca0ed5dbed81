/** GET /api/v1/loans/:id/materials/:materialId: a material as its reviewer opens it (a link; the server audits it). */
export const loanMaterialUrl = (loanId: number, materialId: number) =>
  `/api/v1/loans/${loanId}/materials/${materialId}`;
