/** The excerpt a question's listing shows (frontmatter `excerpt`): the answer's first words, not its label. */
import { describe, expect, it } from 'vitest';
import { entryById, entryPath, ingestText, splitFrontmatter } from './support/ingest.ts';

const excerptOf = (article: string, id: string) => {
  const out = ingestText(article);
  return splitFrontmatter(out.files.get(entryPath(entryById(out, id)))!).data['excerpt'];
};

describe('excerpts', () => {
  it('leave out the answer label (答：, 答案：, A:) and a restated question (问：, Q:)', () => {
    // Invented article in the loose formats writers use.
    const article = [
      '# 小饭馆问答',
      '',
      '### 1. 大模型能帮小饭馆写菜单吗？',
      '',
      '**答：** 能写初稿，但配料要人核对。',
      '',
      '### 2. 差评能自动回复吗？',
      '',
      '问：差评能自动回复吗？',
      '',
      'A: 能起草，先核对订单再发。',
      '',
      '### 3. 备菜量怎么估？',
      '',
      '答案：按近四周同一天的平均数估。',
    ].join('\n');
    expect(excerptOf(article, 'article-q1')).toBe('能写初稿，但配料要人核对。');
    expect(excerptOf(article, 'article-q2')).toBe('能起草，先核对订单再发。');
    expect(excerptOf(article, 'article-q3')).toBe('按近四周同一天的平均数估。');
  });
});
