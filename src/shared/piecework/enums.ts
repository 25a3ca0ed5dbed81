/** Piecework (计件, 微工厂, 日结): its closed lists, re-exported by ../enums.ts (free of zod, like it). */
/** Industries of micro-factories (SPEC §3.1 dictionary; the article's are 箱包, 服装, 食品, 饰品 and 粉扑 packing). */
export const FACTORY_INDUSTRIES = [
  'bags',
  'garments',
  'food',
  'accessories',
  'cosmetics_packing',
  'electronics',
  'handicraft',
  'other',
] as const;
/** 筹建 / 运营 / 停业 */
export const FACTORY_STATUSES = ['preparing', 'operating', 'closed'] as const;
/** 闲置 → 已匹配 → 使用中 */
export const VENUE_STATUSES = ['idle', 'matched', 'in_use'] as const;
/** 个 / 件 / 打 / 箱 */
export const PRODUCT_UNITS = ['piece', 'item', 'dozen', 'box'] as const;
export const PAY_METHODS = ['cash', 'wechat', 'bank'] as const;
export const PRESENCE_KINDS = ['check_in', 'step_out', 'come_back', 'check_out'] as const;
export const SETTLEMENT_STATUSES = ['closed', 'confirmed', 'paid'] as const;
export const SETTLEMENT_LINE_STATUSES = ['open', 'acknowledged', 'disputed', 'resolved'] as const;
export const PIECE_RECORD_STATES = ['approved', 'pending', 'rejected'] as const;
