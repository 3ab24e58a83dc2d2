/**
 * A WordPress post exported to Markdown: its shortcodes read as WordPress shows them (a caption under
 * its picture, a box's text, a footnote where it is cited, a player or form named, the table of
 * contents left to the page), Jetpack's `$latex …$` as math; everything else, and code, as written.
 */
import { describe, expect, it } from 'vitest';
import { withWordPressShortcodes } from '../../scripts/ingest/wordpress-shortcodes.ts';
import { ingestText } from './support/ingest.ts';
import { renderedText, renderEntry } from './support/mdx.ts';

const post = [
  '# 训犬学校的大模型问答',
  '',
  '[ez-toc]',
  '',
  '### 1. 模型能写训练周报吗？',
  '',
  '[su\\_note note\\_color="#FFF4E5"]说明：数字来自两个校区。[efn\\_note]2026 年统计。[/efn\\_note][/su\\_note]',
  '',
  '[caption id="attachment\\_2214" align="aligncenter" width="800"]![训练场](images/field.jpg) 周六上午的随行课[/caption]',
  '',
  '[su\\_box title="结论"]能写，',
  '但要人审。[/su\\_box]',
  '',
  '费用约 $latex 1400 \\\\times 2/10^6 \\\\approx 0.003$ 元，见[1]和[注]。',
  '',
  '[embed]https://video.example.com/clicker[/embed]',
  '',
  '写法 `[caption]x[/caption]` 在代码里不动；[su\\_note]没有关上的照旧。',
  '',
  '[su\\_note]隔着空行的',
  '',
  '不算一对[/su\\_note]',
  '',
  '[contact-form-7 id="318" title="入学咨询"]',
  '',
].join('\n');

describe('WordPress shortcodes', () => {
  it('are read as WordPress shows them, every line kept; other brackets, code and unpaired tags stay', () => {
    const { text, shortcodes, formulas, names } = withWordPressShortcodes(post);
    const lines = text.split('\n');
    expect(lines).toHaveLength(post.split('\n').length);
    expect(lines[2]).toBe('');
    expect(lines[6]).toBe('说明：数字来自两个校区。（注：2026 年统计。）');
    expect(lines[8]).toBe('![训练场](images/field.jpg) 周六上午的随行课');
    expect(lines.slice(10, 12)).toEqual(['**结论**：能写，', '但要人审。']);
    expect(lines[13]).toBe('费用约 $1400 \\times 2/10^6 \\approx 0.003$ 元，见[1]和[注]。');
    expect(lines[15]).toBe('嵌入：https://video.example.com/clicker');
    expect(lines[17]).toBe(post.split('\n')[17]);
    expect(lines.slice(19, 22)).toEqual(post.split('\n').slice(19, 22));
    expect(lines[23]).toBe('（此处的表单未收录：入学咨询）');
    expect(shortcodes).toEqual([3, 7, 9, 11, 16, 24]);
    expect(formulas).toEqual([14]);
    expect(names).toEqual(expect.arrayContaining(['ez-toc', 'su_note', 'efn_note', 'caption', 'su_box', 'embed', 'contact-form-7']));
    expect(withWordPressShortcodes('见[1]。').text).toBe('见[1]。');
    for (const text of ['[[toc]]', '[embed](https://a.cn) 是链接', '[toc]: https://a.cn'])
      expect(withWordPressShortcodes(text).text).toBe(text);
  });

  it('are published as their text, the formula as math, and the report names them and their lines', async () => {
    const out = ingestText(post, '981_wordpress.md');
    const messages = out.report.warnings.map((w) => `${w.line}: ${w.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^3: WordPress 短代码 \[ez-toc\]、.*（第 3、7、9、11、16 行等）/u));
    expect(messages).toContain('14: Jetpack 公式 $latex …$ 按公式读取，转换工具加倍的反斜杠已还原');
    const text = renderedText(await renderEntry(post));
    expect(text).toContain('说明：数字来自两个校区。（注：2026 年统计。）');
    expect(text).toContain('图片：训练场（images/field.jpg） 周六上午的随行课');
    expect(text).not.toMatch(/note_color|su\\_|caption id|efn|ez-toc|\$latex|contact-form|结论\]/u);
    expect(text).toContain('1400×2/106≈0.003');
    expect(text).toContain('（此处的表单未收录：入学咨询）');
    expect(
      out.files.get(`${out.entries[0]!.topic}/${out.entries[0]!.questionSlug}/x-q1.mdx`) ?? [...out.files.values()].join('\n'),
    ).toMatch(/\$1400 \\times 2\/10\^6/u);
  });
});
