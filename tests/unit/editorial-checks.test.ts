/**
 * Maintainer MDX that names something that does not exist fails with file:line:column
 * (src/lib/markdown/remark-editorial-checks.ts): first the check itself, compiled with MDX against a
 * small content folder, then once through a real `astro build` of a project copy, to prove the
 * build stops on it.
 */
import { compile } from '@mdx-js/mdx';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remarkEditorialChecks } from '../../src/lib/markdown/remark-editorial-checks.ts';
import { ASTRO_BIN, makeProject, NODE, run } from '../../scripts/bench/project.ts';

const DIR = resolve('tests/.tmp/editorial-checks/content');

beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(join(DIR, 'concepts/shen-me-shi-da-mo-xing'), { recursive: true });
  writeFileSync(join(DIR, 'concepts/shen-me-shi-da-mo-xing/000-q1.mdx'), '---\nid: 000-q1\n---\n');
  writeFileSync(
    join(DIR, 'glossary.json'),
    JSON.stringify([{ slug: 'knowledge-distillation', zh: '知识蒸馏', en: 'Knowledge Distillation' }]),
  );
});

async function check(file: string, text: string): Promise<string | null> {
  try {
    await compile(new VFile({ path: join(DIR, file), value: text }), { remarkPlugins: [remarkEditorialChecks] });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('remark-editorial-checks', () => {
  it('accepts a note that names what exists', async () => {
    const ok =
      '编者注。<AnswerRef id="000-q1" /> 与 <Term>知识蒸馏</Term>、<Term>knowledge distillation</Term>。\n\n<Callout type="outdated">旧</Callout>\n';
    expect(await check('notes/shen-me-shi-da-mo-xing.mdx', ok)).toBeNull();
    expect(await check('topics/concepts.mdx', ok)).toBeNull();
    expect(await check('pages/about.mdx', ok)).toBeNull();
  });

  it.each([
    ['notes/no-such-question.mdx', '正文\n', /notes\/no-such-question\.mdx:1:1: .*no-such-question/u],
    ['topics/not-a-topic.mdx', '正文\n', /topics\/not-a-topic\.mdx:1:1: .*主题 id/u],
    [
      'notes/shen-me-shi-da-mo-xing.mdx',
      '第一行\n\n第三行 <AnswerRef id="999-q9" />\n',
      /shen-me-shi-da-mo-xing\.mdx:3:5: <AnswerRef id="999-q9">/u,
    ],
    ['notes/shen-me-shi-da-mo-xing.mdx', '\n\n\n<Term>不存在的术语</Term>\n', /shen-me-shi-da-mo-xing\.mdx:4:1: <Term>不存在的术语/u],
    ['notes/shen-me-shi-da-mo-xing.mdx', '一\n\n<Chart />\n', /:3:1: 未知组件 <Chart>/u],
    ['notes/shen-me-shi-da-mo-xing.mdx', "import X from './x.astro';\n\n正文\n", /:1:1: .*import\/export/u],
    ['notes/shen-me-shi-da-mo-xing.mdx', '<Callout type="danger">x</Callout>\n', /:1:1: <Callout type="danger">/u],
  ])('%s with a mistake fails with file:line:column', async (file, text, message) => {
    expect(await check(file, text)).toMatch(message);
  });
});

describe('a real build', () => {
  const root = resolve('tests/.tmp/editorial-build');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stops on a note naming an entry that does not exist, saying file:line', { timeout: 300_000 }, async () => {
    makeProject('tests/.tmp/editorial-build');
    cpSync('content', join(root, 'content'), { recursive: true });
    writeFileSync(
      join(root, 'content/notes/shen-me-shi-da-mo-xing.mdx'),
      '---\nupdated: 2026-11-30\n---\n\n第一段。\n\n见 <AnswerRef id="000-q404" />。\n',
    );
    const result = await run([NODE, ASTRO_BIN, 'build', '--root', root, '--outDir', join(root, 'dist')], { cwd: root });
    const output = result.stdout + result.stderr;
    expect(result.code, output.slice(-2000)).not.toBe(0);
    expect(output).toMatch(/content\/notes\/shen-me-shi-da-mo-xing\.mdx:7:3: <AnswerRef id="000-q404">/u);
  });
});
