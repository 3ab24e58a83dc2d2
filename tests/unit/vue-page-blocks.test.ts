/**
 * A VitePress page's `<script setup>` and `<style scoped>` blocks are the page's code and style: left
 * out of the knowledge base and named in the report, while a bare `<script>` or `<style>` (which
 * could run or restyle the page) stays visible text.
 */
import { describe, expect, it } from 'vitest';
import { ingestText, entryBody, entryById, entryPath } from './support/ingest.ts';
import { renderedText, renderLikeTheSite } from './support/mdx.ts';

const page = (blocks: string[]) =>
  [
    '---',
    'title: 大模型常见问题',
    '---',
    '',
    ...blocks,
    '',
    '## 1. 什么是 RAG？',
    '',
    '先检索相关文档，再让模型依据它们回答。',
    '',
    '## 2. 什么是 LoRA？',
    '',
    'LoRA 冻结原权重，只训练低秩增量矩阵。',
    '',
  ].join('\n');

const SCRIPT = ['<script setup lang="ts">', "import { ref } from 'vue'", '', 'const count = ref(0)', '</script>'];
const STYLE = ['<style scoped>', '.demo {', '  color: red;', '}', '</style>'];

describe("a Vue page's code blocks", () => {
  it('are left out of every page, blank lines inside them too, and named in the report with their lines', () => {
    const out = ingestText(page([...SCRIPT, '', ...STYLE]), 'x.md');
    expect([...out.files.values()].join('\n')).not.toMatch(/script setup|import \{ ref \}|ref\(0\)|style scoped|color: red/u);
    expect(entryBody(out, 'x-q1')).toContain('先检索相关文档');
    expect(out.report.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      'x.md:5: <script setup lang="ts"> …（第 5–9 行）不发布（Vue 页面的代码或样式，不是文章正文）',
      'x.md:11: <style scoped> …（第 11–15 行）不发布（Vue 页面的代码或样式，不是文章正文）',
    ]);
  });

  it('are only blocks with Vue’s attributes: a bare <script> or <style> stays visible text', async () => {
    const out = ingestText(page(['<script>alert(1)</script>', '', '<style>body { display: none; }</style>']), 'x.md');
    expect(out.report.warnings.filter((w) => w.message.includes('不发布（Vue 页面的代码或样式'))).toEqual([]);
    const article = [...out.files.entries()].find(([path]) => path.startsWith('articles/'))!;
    const text = renderedText(await renderLikeTheSite(article[1]));
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<style>body { display: none; }</style>');
  });

  it('stay text when never closed, so nothing after them is lost', () => {
    const out = ingestText(page(['<script setup>', "import { ref } from 'vue'"]), 'x.md');
    expect(out.report.warnings.filter((w) => w.message.includes('不发布（Vue 页面的代码或样式'))).toEqual([]);
    const article = [...out.files.entries()].find(([path]) => path.startsWith('articles/'))!;
    expect(article[1]).toContain('ref');
    expect(entryPath(entryById(out, 'x-q2'))).toBeTruthy();
  });
});
