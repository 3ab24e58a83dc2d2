/**
 * Jekyll, Hexo and Hugo posts write code blocks as template tags. The code between them is code:
 * a `# 注释` line in it is not a heading that splits the answer, and every entry stays at its line.
 */
import { describe, expect, it } from 'vitest';
import { withCodeHiliteBlocks, withFencedCodeBlockTags } from '../../scripts/ingest/code-block-tags.ts';
import { ingestText } from './support/ingest.ts';

const post = [
  '## 1. 怎么在本地跑一个量化模型？',
  '',
  '{% highlight python linenos %}',
  '# 加载 4 比特量化模型',
  'model = load(*args, bits=4)',
  '{% endhighlight %}',
  '',
  '显存约为原来的四分之一。',
  '',
  '## 2. 推理服务怎么压测？',
  '',
  '{{< highlight bash "linenos=table" >}}',
  '# 并发 32 路',
  'ab -c 32 http://localhost:8000/',
  '{{< /highlight >}}',
  '',
  '{% codeblock 压测脚本 lang:python mark:2 %}',
  '# 统计延迟',
  '```',
  '{% endcodeblock %}',
  '',
  '{% raw %}',
  '模板里写 {{ page.title }}。',
  '{% endraw %}',
  '',
].join('\n');

describe('code-block tags of blog generators', () => {
  it('become fenced code, so a comment line in the code splits nothing', () => {
    const out = ingestText(post, '970_post.md');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['怎么在本地跑一个量化模型？ @1', '推理服务怎么压测？ @10']);
    const files = [...out.files.values()].join('\n');
    expect(files).toContain('```python\n# 加载 4 比特量化模型\nmodel = load(*args, bits=4)\n```');
    expect(files).toContain('```bash\n# 并发 32 路');
    expect(files).toContain('````python\n# 统计延迟\n```\n````');
    expect(files).not.toMatch(/highlight|codeblock|\{% raw|endraw/u);
    expect(files).toContain('模板里写');
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(
      expect.arrayContaining([
        '3: 代码块标签（{% highlight %}、{% codeblock %}、{{< highlight >}}、::: mermaid；第 3、12、17 行）按博客显示的样子读作围栏代码块',
        '17: 代码块标题「压测脚本」不显示（围栏代码块没有标题；请把它写进上面的正文）',
        '22: Liquid 的 {% raw %} / {% endraw %}（第 22、24 行）不发布（模板标记）',
      ]),
    );
  });

  it('keep every line where it was, and leave tags shown as code, or never closed, as written', () => {
    const shown = '```liquid\n{% highlight ruby %}\nputs 1\n{% endhighlight %}\n```\n\n{% highlight go %}\n# 没有结束标签';
    const { text, blocks } = withFencedCodeBlockTags(shown);
    expect(text).toBe(shown);
    expect(blocks).toEqual([]);
    expect(withFencedCodeBlockTags(post).text.split('\n')).toHaveLength(post.split('\n').length);
    expect(withFencedCodeBlockTags('  {%- highlight c++ -%}\n  x++;\n  {%- endhighlight -%}').text).toBe('  ```c++\n  x++;\n  ```');
  });
});

describe("an Azure DevOps wiki's ::: mermaid block", () => {
  it('is a Mermaid diagram, its lines in place; another ::: container is left to the callouts', () => {
    const page = [
      '## 2. 核心概念与联系',
      '',
      '::: mermaid',
      'graph LR',
      '# 不是标题',
      'A --> B',
      ':::',
      '',
      '::: info',
      '提示。',
      ':::',
      '',
    ].join('\n');
    const { text, blocks } = withFencedCodeBlockTags(page);
    expect(text.split('\n')).toEqual([
      '## 2. 核心概念与联系',
      '',
      '```mermaid',
      'graph LR',
      '# 不是标题',
      'A --> B',
      '```',
      '',
      '::: info',
      '提示。',
      ':::',
      '',
    ]);
    expect(blocks).toEqual([3]);
    const mdx = [...ingestText(page, 'x.txt').files.values()].find((f) => f.includes('核心概念与联系'))!;
    expect(mdx).toContain('```mermaid\ngraph LR\n# 不是标题\nA --> B\n```');
  });
});

describe("CodeHilite's language line in an indented code block (Pelican)", () => {
  const page = [
    '### 1. 怎么编译引擎？',
    '',
    '命令如下：',
    '',
    '    :::bash',
    '    # 编译成 FP16 引擎',
    '    trtexec --fp16',
    '',
    '另一段：',
    '',
    '    #!/bin/sh',
    '    # 带路径的 shebang 是代码',
    '',
    '- 列表里：',
    '',
    '        :::python',
    '        print(1)',
    '',
    '最后一段：',
    '',
    '    #!python',
    '    print(2)',
  ].join('\n');

  it('makes the block a fence of that language over the same lines, the indent taken off', () => {
    const { text, lines } = withCodeHiliteBlocks(page);
    const out = text.split('\n');
    expect(out.slice(4, 8)).toEqual(['```bash', '# 编译成 FP16 引擎', 'trtexec --fp16', '```']);
    expect(out.slice(10, 12)).toEqual(page.split('\n').slice(10, 12));
    // Inside a list item the block is the item's; only top-level blocks are read.
    expect(out.slice(15, 17)).toEqual(page.split('\n').slice(15, 17));
    // At the end of the file the closing fence is the one line added.
    expect(out.slice(20)).toEqual(['```python', 'print(2)', '```']);
    expect(lines).toEqual([5, 21]);
  });

  it('publishes the code without the language line, its comments not headings', () => {
    const out = ingestText(page, 'x.txt');
    const mdx = [...out.files.values()].find((f) => f.includes('trtexec'))!;
    expect(mdx).toContain('```bash\n# 编译成 FP16 引擎\ntrtexec --fp16\n```');
    expect(mdx).not.toContain(':::bash');
    expect(out.report.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('CodeHilite 的语言行'));
  });
});
