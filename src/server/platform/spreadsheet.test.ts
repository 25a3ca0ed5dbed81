import { describe, expect, it } from 'vitest';
import { safeCell } from './spreadsheet';

describe('safeCell', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+86 139', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://x")'])
      expect(safeCell(text)).toBe(`'${text}`);
  });

  it('leaves other text, numbers and blanks as they are', () => {
    for (const text of ['王秀英', '139****0001', '1+1=2', 'a=b', '', "'quoted"]) expect(safeCell(text)).toBe(text);
    expect(safeCell(-12)).toBe(-12);
    expect(safeCell(null)).toBeNull();
    expect(safeCell(undefined)).toBeUndefined();
  });
});
