import { describe, expect, it } from 'vitest';
import { isNoticeTemplate, NOTICE_TEXTS, type NoticeTemplate, renderNotice } from './notice-texts';

const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('notice texts', () => {
  it.each(Object.keys(NOTICE_TEXTS) as NoticeTemplate[])(
    '%s asks for the same values in Chinese and English, and has a title in both',
    (template) => {
      const { 'zh-CN': zh, en } = NOTICE_TEXTS[template];
      expect(names(en[0])).toEqual(names(zh[0]));
      expect(names(en[1])).toEqual(names(zh[1]));
      const params = Object.fromEntries([...names(zh[0]), ...names(zh[1])].map((n) => [n, `<${n}>`]));
      for (const locale of ['zh-CN', 'en'] as const) {
        const { title, body } = renderNotice({ template, params }, locale);
        expect(title.replace(/<\w+>/g, '').trim().length).toBeGreaterThan(0);
        expect(`${title} ${body}`).not.toMatch(/[{}]/);
      }
    },
  );

  it('fills values as given, words in the reader’s language, and nothing for a value not given', () => {
    const status = { 'zh-CN': '退回补充材料', en: 'returned for more material' };
    expect(
      renderNotice({ template: 'benefits.application', params: { policy: '一次性创业补贴', status } }, 'zh-CN').title,
    ).toBe('一次性创业补贴：退回补充材料');
    expect(
      renderNotice({ template: 'benefits.application', params: { policy: '一次性创业补贴', status } }, 'en').title,
    ).toBe('一次性创业补贴: returned for more material');
    expect(
      renderNotice(
        { template: 'piecework.wage_floor', params: { factory: '金花粉扑', date: '2026-11-20', count: 2 } },
        'zh-CN',
      ).title,
    ).toBe('金花粉扑 2026-11-20 有 2 人时薪低于最低小时工资');
    expect(renderNotice({ template: 'jobs.post.approved', params: { post: '包装工' } }, 'en')).toEqual({
      title: 'Post approved: 包装工',
      body: '',
    });
  });

  it('knows its own templates only', () => {
    expect(isNoticeTemplate('piecework.paid')).toBe(true);
    expect(isNoticeTemplate('toString')).toBe(false);
    expect(isNoticeTemplate('piecework.unknown')).toBe(false);
  });
});
