/**
 * The wages console judges each area's unpaid days by that area's own arrears days (SPEC §3.1
 * 根治欠薪), as the alert job does: a community that allows its factories ten days has none of its
 * five-day-old days in arrears, on the street officer's console as in the alerts.
 */
import { describe, expect, it } from 'vitest';
import { businessDay } from '../../../shared/dates';
import { staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();

describe('arrears days on the wages console', () => {
  it('follow the setting of the area each factory is in, not the officer’s first area', async () => {
    const street = await staff(t, 'wangguiling');
    const today = businessDay(new Date());
    const from = businessDay(new Date(Date.now() - 40 * 86_400_000));
    const wages = async () => (await street.get(`/api/v1/piecework/wages?from=${from}&to=${today}`)).body;

    const before = await wages();
    const anyuan = before.byFactory.find((f: { factoryName: string }) => f.factoryName === '安远箱包加工微工厂');
    expect(before.arrears.map((s: { factoryName: string }) => s.factoryName)).toContain('安远箱包加工微工厂');
    expect(anyuan.arrearsFen).toBeGreaterThan(0);

    const { rows } = await t.adminQuery(`select id from areas where name = '安远路社区'`);
    const set = await street.put(`/api/v1/areas/${rows[0].id}/settings/arrears_alert_days`, { value: 10 });
    expect(set.status).toBe(200);

    const after = await wages();
    expect(after.arrears.map((s: { factoryName: string }) => s.factoryName)).not.toContain('安远箱包加工微工厂');
    expect(
      after.byFactory.find((f: { factoryName: string }) => f.factoryName === '安远箱包加工微工厂').arrearsFen,
    ).toBe(0);
  });
});
