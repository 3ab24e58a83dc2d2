/**
 * A documentation page written in MDX (Docusaurus, Nextra) dropped in as a source: its JavaScript is
 * not published and never runs, its components' content is, and every entry stays at its line.
 */
import { describe, expect, it } from 'vitest';
import { withoutMdxSyntax } from '../../scripts/ingest/mdx-syntax.ts';
import { ingestText } from './support/ingest.ts';

const page = [
  '---',
  'title: 常见问题',
  '---',
  '',
  "import Tabs from '@theme/Tabs';",
  "import TabItem from '@theme/TabItem';",
  '',
  '## 1. 如何安装推理服务？',
  '',
  '<Tabs>',
  '  <TabItem value="pip" label="pip 安装" default>',
  '',
  '```bash',
  'pip install vllm',
  'import os  # code keeps its import',
  '```',
  '',
  '  </TabItem>',
  '</Tabs>',
  '',
  '## 2. 为什么显存不够？',
  '',
  'KV Cache 随上下文增长。import 在句中不算。',
  '',
  'export const toc = [',
  "  { value: '安装', id: 'install' },",
  '];',
  '',
].join('\n');

describe('MDX sources', () => {
  it('leave out ESM blocks and component tags, keep a tab label in bold, and report both', () => {
    const out = ingestText(page, 'faq.mdx');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['如何安装推理服务？ @8', '为什么显存不够？ @21']);
    const files = [...out.files.values()].join('\n');
    expect(files).not.toMatch(/@theme|TabItem|<Tabs|toc = \[|value: '安装'/u);
    expect(files).toContain('**pip 安装**');
    expect(files).toContain('import os  # code keeps its import');
    expect(files).toContain('import 在句中不算');
    expect(out.report.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(
      expect.arrayContaining([
        '5: MDX 的 import/export（第 5、6、25、26、27 行）不发布（页面的代码）',
        '10: MDX 组件标签 <Tabs>、<TabItem>（第 10、11、18、19 行）不发布；组件里的内容照常发布，标签页的名字加粗，提示组件的内容显示为提示框',
      ]),
    );
  });

  it('are read as MDX when named .mdx, or when an import and a component line say so', () => {
    expect(withoutMdxSyntax('<Tabs>\n\n正文\n</Tabs>').text).toBe('\n\n正文\n');
    // A Mintlify page pasted into a .txt: its imports and components are as much code as in a .mdx.
    expect([...ingestText(page, 'faq.txt').files.values()].join('\n')).not.toContain('@theme/Tabs');
    // Without an import, a component-looking line (a page quoting JSX) stays text; so does an import in code.
    const quoting = page.replace(/^import .*$/gmu, '');
    expect([...ingestText(quoting, 'faq.md').files.values()].join('\n')).toContain('TabItem');
    const inCode = [
      '## 1. 如何导入？',
      '',
      '```js',
      "import Tabs from '@theme/Tabs';",
      '```',
      '',
      '<Tabs>',
      '',
      '## 2. 第二题？',
      '',
      '正文',
      '',
    ].join('\n');
    expect([...ingestText(inCode, 'faq.md').files.values()].join('\n')).toContain('Tabs>');
  });

  it('show callout components as callouts and leave MDX comments out', () => {
    const mintlify = [
      "import Disclaimer from '/snippets/disclaimer.mdx';",
      '',
      '## 1. 什么是大模型？',
      '',
      '{/* 审校：张三。改动请走 PR。 */}',
      '',
      '<Warning>',
      '输出仅供参考。',
      '</Warning>',
      '',
      '<Callout type="tip" title="小提示">',
      '先读文档。',
      '</Callout>',
      '',
      '<Disclaimer />',
      '',
      '## 2. 怎么量化？',
      '',
      '{/*',
      '  多行注释',
      '*/}',
      '把权重变成低比特。',
      '',
    ].join('\n');
    const { text, comments } = withoutMdxSyntax(mintlify);
    const lines = text.split('\n');
    expect(lines).toHaveLength(mintlify.split('\n').length);
    expect(comments).toEqual([5, 19, 20, 21]);
    expect(lines.slice(4, 15)).toEqual(['', '', ':::warning', '输出仅供参考。', ':::', '', ':::tip[小提示]', '先读文档。', ':::', '', '']);
    const out = ingestText(mintlify, 'page.txt');
    expect(out.entries.map((e) => `${e.title} @${e.source.line}`)).toEqual(['什么是大模型？ @3', '怎么量化？ @17']);
    const files = [...out.files.values()].join('\n');
    expect(files).not.toMatch(/审校|多行注释|Disclaimer|Warning>/u);
    expect(files).toContain('输出仅供参考。');
  });
});
