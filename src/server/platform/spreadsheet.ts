/**
 * Text written into a spreadsheet cell that a spreadsheet program could take for a formula
 * (CSV / formula injection, OWASP): a cell starting with = + - @, or a tab or carriage return
 * before one, is written with a leading apostrophe so Excel and WPS show it as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell<T extends string | number | null | undefined>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
