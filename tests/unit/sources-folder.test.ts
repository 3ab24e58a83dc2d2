/** The sources folder: only articles are read, and nothing else a maintainer put there vanishes without a word. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSourcesFolder } from '../../scripts/ingest/sources-folder.ts';
import { tempDir } from './support/ingest.ts';

describe('the sources folder', () => {
  const tmp = tempDir('kb-sources-');
  afterAll(() => tmp.remove());

  it('reads the articles in name order and names every other file and folder in the report', () => {
    for (const name of ['b.md', 'a.txt', 'c.markdown', 'd.mdx', '笔记.org', '手册.adoc', 'paper.docx', 'photo.png', '.DS_Store'])
      writeFileSync(join(tmp.dir, name), '# 标题\n');
    mkdirSync(join(tmp.dir, '2024'));
    const { sources, unread } = readSourcesFolder(tmp.dir);
    expect(sources.map((s) => s.file)).toEqual(['a.txt', 'b.md', 'c.markdown', 'd.mdx', '笔记.org']);
    expect(unread.map((w) => `${w.file}: ${w.message}`)).toEqual([
      '2024: 未读取的文件夹：只摄取来源文件夹顶层的文章',
      'paper.docx: 未读取：请先转成 Markdown，例如 pandoc -t gfm -o paper.md paper.docx',
      'photo.png: 未读取：文章须是 .txt、.md、.markdown、.mdx 或 .org 文件',
      '手册.adoc: 未读取：请先转成 Markdown，例如 pandoc -t gfm -o 手册.md 手册.adoc',
    ]);
  });
});
