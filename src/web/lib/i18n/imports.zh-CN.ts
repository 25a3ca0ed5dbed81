/** zh-CN strings of the import screen (批量导入); imports.en.ts mirrors every key. */
const imports = {
  title: '批量导入',
  kind: '导入内容',
  kinds: { residents: '居民', enterprises: '企业' },
  template: '导入模板',
  templateHint: '请按模板的列填写，填写要求见模板中的“填写说明”工作表。',
  download: '下载{{kind}}导入模板',
  file: '导入文件',
  fileHint: 'Excel工作簿（.xlsx），不超过10MB、20000行。',
  choose: '选择文件',
  skipBad: '跳过错误行，只导入正确的行',
  start: '开始导入',
  progress: '导入进度',
  checking: '正在检查：{{done}} / {{total}} 行',
  writing: '正在写入：{{done}} / {{total}} 行',
  done: '导入完成：新增 {{imported}} 条，已登记未变 {{unchanged}} 条，跳过错误行 {{skipped}} 条。',
  rejected: '文件中有 {{count}} 处错误，没有导入任何记录。请改正后重新上传，或跳过错误行。',
  skipAndImport: '跳过错误行并导入',
  failed: '导入中断，没有写入任何记录，请重新上传。',
  problems: '错误明细',
};
export default imports;
export type ImportsMessages = typeof imports;
