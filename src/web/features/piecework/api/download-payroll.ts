/** The month's payroll workbook: a link the browser downloads with the session cookie. */
export const payrollUrl = (factoryId: number, month: string) =>
  `/api/v1/piecework/factories/${factoryId}/payroll.xlsx?month=${month}`;
