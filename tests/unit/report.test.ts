/** The ingest report as a maintainer reads it against the files. */
import { describe, expect, it } from 'vitest';
import { buildReport, formatReport } from '../../scripts/ingest/report.ts';

describe('warnings', () => {
  it('come in line order within each file, files in the order first warned about, whatever stage raised them', () => {
    const report = buildReport({
      articles: [],
      entries: [],
      questions: [],
      similar: { merged: [], nearMisses: [] },
      overrides: [],
      warnings: [
        { file: 'b.txt', line: 40, message: '图片尺寸' },
        { file: 'a.txt', line: 9, message: '短代码' },
        { file: 'b.txt', line: 3, message: '元数据' },
        { file: 'content/overrides.yaml', line: 2, message: '覆盖' },
        { file: 'b.txt', line: 12, message: '标题' },
      ],
    });
    expect(report.warnings.map((w) => `${w.file}:${w.line}`)).toEqual([
      'b.txt:3',
      'b.txt:12',
      'b.txt:40',
      'a.txt:9',
      'content/overrides.yaml:2',
    ]);
    expect(formatReport(report)).toMatch(/b\.txt:3: 元数据\n\s+b\.txt:12: 标题\n\s+b\.txt:40: 图片尺寸/u);
  });
});
