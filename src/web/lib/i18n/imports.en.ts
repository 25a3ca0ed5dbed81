import type { ImportsMessages } from './imports.zh-CN';

const imports: ImportsMessages = {
  title: 'Import',
  kind: 'What to import',
  kinds: { residents: 'Residents', enterprises: 'Enterprises' },
  template: 'Template',
  templateHint: 'Fill in the template’s columns; its “填写说明” sheet says what each takes.',
  download: 'Download the {{kind}} template',
  file: 'File',
  fileHint: 'An Excel workbook (.xlsx), at most 10 MB and 20,000 rows.',
  choose: 'Choose a file',
  skipBad: 'Skip bad rows and import the good ones',
  start: 'Import',
  progress: 'Progress',
  checking: 'Checking: {{done}} of {{total}} rows',
  writing: 'Writing: {{done}} of {{total}} rows',
  done: 'Imported: {{imported}} new, {{unchanged}} already on file and left as they were, {{skipped}} bad rows skipped.',
  rejected:
    'The file has {{count}} problems; nothing was imported. Correct them and upload again, or skip the bad rows.',
  skipAndImport: 'Skip bad rows and import',
  failed: 'The import was interrupted and wrote nothing; please upload again.',
  problems: 'Problems',
};
export default imports;
