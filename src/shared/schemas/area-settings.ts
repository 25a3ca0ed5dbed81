/**
 * Settings a street keeps per area (SPEC §3.1 wage floor and arrears, §3.2
 * school hours). A value set on an area applies to its subtree; the nearest
 * ancestor's value wins, and the default below applies where nobody set one.
 */
import { z } from './zod';

const hhmm = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

export const AREA_SETTINGS = {
  /** 小时最低工资 in fen (非全日制). Demo default: 22.00 元 (Shandong class-one areas, 2023). */
  min_hourly_wage_fen: { schema: z.number().int().min(100).max(100_000), default: 2200 },
  /** Days after a day is settled before an unpaid settlement raises an arrears alert (根治欠薪). */
  arrears_alert_days: { schema: z.number().int().min(1).max(60), default: 3 },
  /** School hours a 妈妈岗 schedule must fit: weekdays (1 = Monday … 7 = Sunday), from–to. */
  school_hours: {
    schema: z.object({ weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7), from: hhmm, to: hhmm }),
    default: { weekdays: [1, 2, 3, 4, 5], from: '08:30', to: '15:30' },
  },
} as const;

export type AreaSettingKey = keyof typeof AREA_SETTINGS;
export type AreaSettingValue<K extends AreaSettingKey> = z.infer<(typeof AREA_SETTINGS)[K]['schema']>;
export const AREA_SETTING_KEYS = Object.keys(AREA_SETTINGS) as AreaSettingKey[];

export const areaSettingsResponse = z.object({
  areaId: z.number().int(),
  settings: z.array(
    z.object({
      key: z.enum(AREA_SETTING_KEYS as [AreaSettingKey, ...AreaSettingKey[]]),
      value: z.unknown(),
      /** Where the value comes from: this area, an ancestor, or the platform default. */
      source: z.enum(['this_area', 'ancestor', 'default']),
      sourceAreaId: z.number().int().nullable(),
    }),
  ),
});

export const updateAreaSettingBody = z.object({ value: z.unknown() });
