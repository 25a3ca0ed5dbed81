/** Imports from Excel (导入): the columns' own labels and the problems a row of a sheet can have. */
import type { WordsPart } from '../parts';

export const IMPORTS_FIELD_LABELS = {
  enterpriseName: { 'zh-CN': '企业名称', en: 'Enterprise name' },
  enterpriseType: { 'zh-CN': '企业类型', en: 'Enterprise type' },
  skipBad: { 'zh-CN': '跳过错误行', en: 'Skip bad rows' },
} as const satisfies WordsPart;

export const IMPORTS_PROBLEMS = {
  import_duplicate_row: { 'zh-CN': '与文件中另一行重复', en: 'repeats another row of the file' },
  import_phone_taken: { 'zh-CN': '已被其他居民使用', en: 'is already used by another resident' },
  import_column_missing: { 'zh-CN': '缺少这一列', en: 'is missing from the first row' },
  import_area_unknown: {
    'zh-CN': '找不到该名称的区域，或不在您的服务范围内',
    en: 'names no area you serve',
  },
  import_area_ambiguous: {
    'zh-CN': '有多个同名区域，请写成“社区/小区”',
    en: 'names several areas; write "community/compound"',
  },
  import_not_workbook: { 'zh-CN': '不是可读取的Excel工作簿（.xlsx）', en: 'is not a readable Excel workbook (.xlsx)' },
  import_no_rows: { 'zh-CN': '没有数据行', en: 'has no rows of data' },
  import_too_many_rows: { 'zh-CN': '超过20000行，请分批导入', en: 'has more than 20,000 rows; import it in parts' },
} as const satisfies WordsPart;
