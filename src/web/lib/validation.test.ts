import { describe, expect, it } from 'vitest';
import i18n from './i18n';
import { fenOfYuan, yuanRule } from './validation';

describe('money typed in yuan', () => {
  it.each([
    ['0.1', 10],
    ['0.29', 29],
    ['12', 1200],
    ['12.50', 1250],
  ])('%j → %i fen', (text, fen) => {
    expect(fenOfYuan(text, 'payMin')).toBe(fen);
  });

  it.each([
    ['12.345', '最低工资最多两位小数（到分）'],
    ['1e3', '最低工资应为以元为单位的数字，如 12.50'],
    ['-5', '最低工资不能为负数'],
  ])('%j is refused with a message naming the field', (text, message) => {
    expect(() => fenOfYuan(text, 'payMin')).toThrow(message);
  });

  it('words the refusal in English for an English reader', async () => {
    await i18n.changeLanguage('en');
    try {
      expect(() => fenOfYuan('12.345', 'amountYuan')).toThrow('Amount takes at most two decimals (fen)');
    } finally {
      await i18n.changeLanguage('zh-CN');
    }
  });

  it('as a form rule: passes empty and exact amounts, rejects the rest', async () => {
    const rule = yuanRule('minPay');
    await expect(rule.validator?.({}, '')).resolves.toBeUndefined();
    await expect(rule.validator?.({}, '30.5')).resolves.toBeUndefined();
    await expect(rule.validator?.({}, '30.555')).rejects.toThrow('最低期望工资最多两位小数（到分）');
  });
});
