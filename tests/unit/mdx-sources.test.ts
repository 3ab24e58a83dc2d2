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
        "5: MDX import/export (line 5, 6, 25, 26, 27) not published (the page's code)",
        "10: MDX component tags <Tabs>, <TabItem> (line 10, 11, 18, 19) not published; their content is, a tab's label in bold",
      ]),
    );
  });

  it('are read as MDX only when the file says so: a .md page keeps such lines as text', () => {
    expect(withoutMdxSyntax('<Tabs>\n\n正文\n</Tabs>').text).toBe('\n\n正文\n');
    const files = [...ingestText(page, 'faq.md').files.values()].join('\n');
    expect(files).toContain('@theme/Tabs');
  });
});
