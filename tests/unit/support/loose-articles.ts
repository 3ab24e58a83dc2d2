/**
 * Articles assembled at random (from a seed) out of the pieces real loose Markdown is made of:
 * headings numbered in the ways writers number them, with inline code, bold, links, math, emoji
 * and zero-width characters in them; answers with lists, tables, quotes, code, formulas, Mermaid,
 * bold labels, 答： lines and prices; front matter, decorated titles and plain question lines.
 * For robustness tests: ingestion must take each one or refuse it with file and line.
 */
const INLINE = [
  '什么是 RAG',
  '加 `trust_remote_code=True` 有风险吗',
  '**粗体**问题',
  '*斜体*与 _下划线_',
  '公式 $L_2$ 正则',
  '链接 [文档](https://example.com/a_b)',
  '图片 ![示意图](a.png)',
  '<script>alert(1)</script>',
  '{变量} 与 {{模板}}',
  '\\*转义\\*',
  '~~删除线~~',
  'emoji 🤔',
  'HTML &amp; 实体',
  '`a` 和 `b`',
  'a_b_c',
  '百分号 50%',
  '价格 $100 和 $200',
  '脚注[^1]',
  'URL https://a.b/c_d',
  '“引号”（括号）',
  '反斜杠 \\',
  '竖线 | 符号',
  '零宽\u200b字符',
  '<!-- 注释 -->',
  '[引用链接][ref]',
];
const HEADINGS = [
  '### ',
  '## ',
  '#### ',
  '### **',
  '### 1. ',
  '### Q1：',
  '### 第1题 ',
  '### 1、',
  '**',
  '### 【1】',
  '### 01｜',
  '### 🤔 1. ',
];
const OPENINGS = ['# 标题', '标题', '############ 标题 ############', '', '---\ntitle: 博客标题\ntags: [AI]\n---', '> 引言'];
const ENDINGS = ['', '[ref]: https://example.com', '[^1]: 脚注。', '---\n\n作者：某某'];

/** A small deterministic generator (LCG), so a failing seed can be replayed. */
function generator(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

export function looseArticle(seed: number): string {
  const { next, pick } = generator(seed);
  const t = () => pick(INLINE);
  const block = (): string => {
    switch (Math.floor(next() * 13)) {
      case 0:
        return `${t()}，${t()}。`;
      case 1:
        return `- ${t()}\n- ${t()}\n  - ${t()}`;
      case 2:
        return `1. ${t()}\n2. ${t()}`;
      case 3:
        return `| ${t()} | ${t()} |\n| --- | --- |\n| ${t()} | ${t()} |`;
      case 4:
        return '```python\n# 注释在第一列\nprint("x")\n```';
      case 5:
        return `$$\n${pick(['x^2', '\\frac{a}{b}', 'a_{i} \\tag{1}'])}\n$$`;
      case 6:
        return `> ${t()}\n> ${t()}`;
      case 7:
        return `**${t()}：** ${t()}`;
      case 8:
        return `${t()}？\n答：${t()}`;
      case 9:
        return '---';
      case 10:
        return '```mermaid\ngraph TD\nA-->B\n```';
      case 11:
        return `00:0${Math.floor(next() * 9)}:15 ${t()}？`;
      default:
        return `${t()}？`;
    }
  };
  const parts = [pick(OPENINGS)];
  const questions = 2 + Math.floor(next() * 5);
  for (let q = 1; q <= questions; q++) {
    const mark = pick(HEADINGS).replace('1', String(q));
    parts.push(`${mark}${t()}${pick(['？', '', '?'])}${mark.endsWith('**') ? '**' : ''}`);
    const blocks = 1 + Math.floor(next() * 3);
    for (let b = 0; b < blocks; b++) parts.push(block());
  }
  parts.push(pick(ENDINGS));
  return `${parts.join('\n\n')}\n`;
}
