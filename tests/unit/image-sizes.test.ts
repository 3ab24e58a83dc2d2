/**
 * A size written into a Markdown image (markdown-it-imsize's `=720x` after the address; Discourse's
 * `|690x388` after the name): the size goes and the picture is read as any other, every line where it
 * was, code and formulas left alone.
 */
import { describe, expect, it } from 'vitest';
import { withoutImageSizes } from '../../scripts/ingest/image-sizes.ts';
import { ingestText } from './support/ingest.ts';
import { renderedText, renderEntry } from './support/mdx.ts';

const page = [
  '# 精酿这一年',
  '',
  '## 1. 背景介绍',
  '',
  '![项目时间线](/.attachments/timeline-7c21.png =720x)',
  '',
  '![发酵曲线](img/curve.png "第 3 罐" =320x240) 和 ![标签|690x388, 50%](upload://label.png) 都是图。',
  '',
  '![宽度](a.png =50%x) ![高度](b.png =x200)',
  '',
  '写法 `![x](a.png =720x)` 在代码里不动，$a =720x)$ 也不动，![没有尺寸](c.png =宽) 照原样。',
  '',
].join('\n');

describe('sizes written into images', () => {
  it('are left out, the image kept, code, formulas and what is not a size left alone', () => {
    const { text, lines, sizes } = withoutImageSizes(page);
    const out = text.split('\n');
    expect(out).toHaveLength(page.split('\n').length);
    expect(out[4]).toBe('![项目时间线](/.attachments/timeline-7c21.png)');
    expect(out[6]).toBe('![发酵曲线](img/curve.png "第 3 罐") 和 ![标签](upload://label.png) 都是图。');
    expect(out[8]).toBe('![宽度](a.png) ![高度](b.png)');
    expect(out[10]).toBe(page.split('\n')[10]);
    expect(lines).toEqual([5, 7, 9]);
    expect(sizes).toEqual(['=720x', '=320x240', '|690x388, 50%', '=50%x', '=x200']);
    expect(withoutImageSizes('![图](a.png =720x) ![图](b.png =720x)').sizes).toEqual(['=720x']);
    expect(withoutImageSizes('没有图').text).toBe('没有图');
  });

  it('are published as named pictures, and the report names the sizes found and their lines', async () => {
    const out = ingestText(page, '982_sizes.md');
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toContain(
      '5: 图片尺寸 =720x、=320x240、|690x388, 50% 等（第 5、7、9 行）已从图片中去掉（页面会自行决定图片大小）',
    );
    const text = renderedText(await renderEntry(page));
    expect(text).toContain('图片：项目时间线（/.attachments/timeline-7c21.png）');
    expect(text).toContain('图片：发酵曲线（img/curve.png） 和 图片：标签（upload://label.png） 都是图。');
    // The code keeps its size as written.
    expect(text).toContain('写法 ![x](a.png =720x) 在代码里不动');
  });
});
