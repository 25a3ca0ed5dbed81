import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  checkIdNumber,
  checkMobile,
  creditCodeCheckChar,
  idNumberCheckChar,
  idNumberFacts,
  maskIdNumber,
  maskPhone,
} from './validators';

describe('身份证 number', () => {
  it('accepts the GB 11643 example number', () => {
    expect(checkIdNumber('11010519491231002X')).toBeNull();
    expect(checkIdNumber('11010519491231002x')).toBeNull();
  });
  it('names the problem', () => {
    expect(checkIdNumber('1101051949123100')).toBe('length');
    expect(checkIdNumber('11010519491231002Y')).toBe('format');
    expect(checkIdNumber('110105194902300021')).toBe('birth_date');
    expect(checkIdNumber('110105189912310021')).toBe('birth_date');
    expect(checkIdNumber('110105194912310021')).toBe('checksum');
  });
  it('rejects a birth date in the future', () => {
    const first17 = '37021121990101001';
    expect(checkIdNumber(first17 + idNumberCheckChar(first17))).toBe('birth_date');
  });
  it('computes the check character that the validator accepts', () => {
    for (const first17 of ['37021119850315002', '37021119900101123', '37028319791230456']) {
      const full = first17 + idNumberCheckChar(first17);
      expect(checkIdNumber(full)).toBeNull();
      const wrong = first17 + (full[17] === '0' ? '1' : '0');
      expect(checkIdNumber(wrong)).toBe('checksum');
    }
  });
  it('reads birth date and gender', () => {
    expect(idNumberFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'female' });
    expect(idNumberFacts('37021119850315001' + idNumberCheckChar('37021119850315001')).gender).toBe('male');
  });
});

describe('统一社会信用代码', () => {
  it('accepts real-shaped codes with a correct check character', () => {
    expect(checkCreditCode('91350100M000100Y43')).toBeNull();
    expect(checkCreditCode('91110000600037341L')).toBeNull();
  });
  it('names the problem', () => {
    expect(checkCreditCode('91350100M000100Y4')).toBe('length');
    expect(checkCreditCode('91350100M000100YI3')).toBe('format');
    expect(checkCreditCode('91350100M000100Y44')).toBe('checksum');
  });
  it('round-trips generated codes', () => {
    for (const first17 of ['91370211MA3C00001', '92370211MA3D12345', '12370200MB1234567']) {
      expect(checkCreditCode(first17 + creditCodeCheckChar(first17))).toBeNull();
    }
  });
});

describe('mobile number', () => {
  it('accepts mainland mobiles and refuses the rest', () => {
    expect(checkMobile('13900000001')).toBeNull();
    expect(checkMobile('19912345678')).toBeNull();
    expect(checkMobile('12900000001')).toBe('format');
    expect(checkMobile('1390000000')).toBe('format');
    expect(checkMobile('139000000011')).toBe('format');
    expect(checkMobile('1390000000a')).toBe('format');
  });
});

describe('masking', () => {
  it('keeps only what identifies the record to a human', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
});
