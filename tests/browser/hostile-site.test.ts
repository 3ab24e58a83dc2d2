/**
 * Hostile sources, at the site level (issue 5). The articles in tests/fixtures/hostile/ plus
 * generated ones (a 300,000-character line, 1,000 headings, nesting as deep as ingestion accepts) are ingested into a
 * throwaway copy of the site (tests/.tmp/hostile/), built with Astro and Pagefind, and served:
 *  - the build succeeds (or would fail naming file and line — checked on inputs that must fail);
 *  - nothing executes, at build time (MDX expressions/exports that write a canary file) or in
 *    Chromium (payloads call alert() or set window.__pwned; dialogs, page errors, console errors,
 *    inline handlers, foreign scripts/frames and requests to other origins are all watched);
 *  - no text is lost: the payloads are visible as text on the article pages.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildStages, INGEST_CLI, makeProject, NODE, REPO, run } from '../../scripts/bench/project.ts';
import { shippedHeaders } from '../../scripts/quality/headers.ts';
import { readEntries, type EntryRecord } from '../../scripts/quality/site-pages.ts';
import { MAX_NESTING } from '../../scripts/ingest/validate.ts';
import { generatedSources } from '../fixtures/hostile/generated.ts';
import { launchChromium } from './support/chromium.ts';
import { serveDist, type StaticServer } from './support/server.ts';

const WORK = join(REPO, 'tests/.tmp/hostile');
const FIXTURES = join(REPO, 'tests/fixtures/hostile');
const CANARY = 'HOSTILE_CANARY';

/** Text each article page must show (verbatim, straight quotes and all). */
const VISIBLE: Record<string, string[]> = {
  '901': [
    "<script>alert('h901-title')</script>",
    "<script>window.__pwned='h901-heading'</script>",
    "<script>window.__pwned='h901-body'</script>",
    "window.__pwned = 'h901-block';",
    `<img src="x" onerror="window.__pwned='h901-img'">`,
    `<svg onload="window.__pwned='h901-svg'"></svg>`,
    `<div onclick="window.__pwned='h901-div'" style="position:fixed;inset:0;background:red">覆盖整个页面的红色层</div>`,
    `<iframe srcdoc="<script>parent.__pwned='h901-iframe'</script>"></iframe>`,
    '<style>body { display: none !important; }</style>',
    `<details open ontoggle="window.__pwned='h901-details'">`,
    `<a href="javascript:window.__pwned='h901-a'">原始 HTML 链接</a>`,
    `<b onmouseover="window.__pwned='h901-li'">粗体</b>`,
    '之外的字应当可见',
    "<script>window.__pwned='h901-td'</script>",
    "<script>alert('h901-code')</script>",
    "<img src=x onerror=alert('h901-fence-img')>",
    '</div></body></html>',
  ],
  '902': [
    "点我领奖 (javascript:window.__pwned='h902-md')",
    "JaVaScRiPt:window.__pwned='h902-case'",
    "javascript:window.__pwned='h902-space'",
    "javascript:window.__pwned='h902-auto'",
    'vbscript:msgbox("h902")',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    "javascript:window.__pwned='h902-entity'",
    "![脚本图片](javascript:window.__pwned='h902-img')",
    '图片：外站图片',
    "javascript:window.__pwned='h902-heading'",
  ],
  '903': [
    "import fs from 'node:fs'",
    "export const pwned = (globalThis.__pwned = 'h903-export')",
    "export const canary = fs.writeFileSync('HOSTILE_CANARY', 'h903-build-time-export')",
    "{alert('h903-expr')}",
    "{globalThis.__pwned = 'h903-assign'}",
    '{1, 2, 3}',
    '{a: 1}',
    '{/* 这是 MDX 注释，但在这里只是文字 */}',
    "{(await import('node:fs')).writeFileSync('HOSTILE_CANARY', 'h903-build-time-expr')}",
    'export default function Layout() { return null }',
    "import { readFileSync } from 'node:fs'",
    "<Component prop={globalThis.__pwned = 'h903-jsx'} />",
    'a<b 且 c>d，x <= y，价格 $5，折扣后 $3，{{ 双花括号 }}',
    '<>片段</> 与 <Foo.Bar /> 与 <foo:bar /> 与 <x {...props} />',
    "import evil from 'https://evil.example/x.js';",
  ],
  '904': ['未闭合的美元符号 $ 留在这里，然后是正文。', '公式之后的文字必须保留：恶意公式测试结束。'],
  '905': ['HUGE-LINE-START第0句：', 'HUGE-LINE-END', 'HUGE-LINE-AFTER'],
  '906': ['MANY-1？', 'ANSWER-1。', 'MANY-1000？', 'ANSWER-1000。'],
  '907': ['第 1 层 DEEP-1', `第 ${MAX_NESTING} 层 DEEP-${MAX_NESTING}`, `引用嵌套 ${MAX_NESTING} 层 QUOTE-DEEP`, '嵌套之后 DEEP-AFTER。'],
};

/** Formula sources (malformed or untrusted) that must stay in the page's text (KaTeX's MathML annotation or its error rendering). */
const MATH_SOURCES = [
  '\\frac{1}{',
  '\\undefinedcommand',
  "\\href{javascript:window.__pwned='h904-display'}",
  "\\url{javascript:alert('h904-url')}",
];

interface Build {
  ok: boolean;
  log: string;
  root: string;
  dist: string;
}
let build: Build;
let entries: EntryRecord[] = [];
let redirectFrom = '';
let redirectTo = '';

beforeAll(async () => {
  const sources = join(WORK, 'sources');
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(sources, { recursive: true });
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) cpSync(join(FIXTURES, file), join(sources, file));
  for (const g of generatedSources()) writeFileSync(join(sources, g.file), g.text);
  for (const dir of [REPO, WORK]) rmSync(join(dir, CANARY), { force: true });

  const root = makeProject(join(WORK, 'site'), { realOverrides: false });
  const log: string[] = [];
  let ok = true;
  for (const stage of buildStages(root, sources)) {
    const result = await run(stage.argv, { cwd: stage.cwd, env: { NO_COLOR: '1' } });
    log.push(
      `$ ${stage.name} (${result.seconds.toFixed(1)} s, exit ${result.code})`,
      result.stdout.slice(-3000),
      result.stderr.slice(-3000),
    );
    if (result.code !== 0) {
      ok = false;
      break;
    }
    if (stage.name === 'ingest') {
      // A moved permalink, so a redirect page is built from hostile content too.
      const lockFile = join(root, 'content/permalinks.json');
      const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as {
        questions: Record<string, { slug: string; topic: string }>;
        redirects: Record<string, string>;
      };
      const target = Object.values(lock.questions).find((q) => q.slug.includes('many-1000'))!;
      redirectTo = `${target.topic}/${target.slug}`;
      redirectFrom = `${target.topic}/moved-hostile-question`;
      lock.redirects[redirectFrom] = redirectTo;
      writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
    }
  }
  build = { ok, log: log.join('\n'), root, dist: join(root, 'dist') };
  if (ok) entries = readEntries(build.dist);
}, 900_000);

describe('building hostile sources', () => {
  test('the build succeeds', () => {
    expect(build.ok, build.log).toBe(true);
  });

  test('nothing runs at build time (MDX exports and expressions are text)', () => {
    const found = [REPO, WORK, build.root].filter((dir) => existsSync(join(dir, CANARY)));
    expect(found, `${CANARY} written in: ${found.join(', ')}`).toEqual([]);
  });

  test('every hostile article is published, all 1,000 headings included', () => {
    const byFile = new Map<string, number>();
    for (const e of entries) byFile.set(e.source.file, (byFile.get(e.source.file) ?? 0) + 1);
    expect(Object.fromEntries(byFile)).toMatchObject({
      '901_script_tags.txt': 4,
      '902_links.txt': 3,
      '903_mdx.txt': 3,
      '904_math.txt': 4,
      '905_huge_line.txt': 1,
      '906_many_headings.txt': 1000,
      '907_deep_nesting.txt': 2,
    });
  });

  test('bad input stops ingestion with a message naming file and line', async () => {
    const cases: { file: string; bytes: Buffer; line: number; reason: RegExp }[] = [
      {
        file: 'unclosed_fence.txt',
        bytes: Buffer.from('### 1. 问题\n\n正文\n\n```python\nprint(1)\n\n### 2. 被吞掉的问题\n'),
        line: 5,
        reason: /没有闭合/u,
      },
      { file: 'nul_bytes.txt', bytes: Buffer.from('### 1. 问题\n\n正文\0二进制\n'), line: 3, reason: /二进制文件（含 NUL 字节）/u },
      {
        file: 'gbk.txt',
        bytes: Buffer.concat([Buffer.from('### 1. 问题\n\n'), Buffer.from([0xb4, 0xf3, 0xc4, 0xa3, 0xd0, 0xcd, 0x0a])]),
        line: 3,
        reason: /不是有效的 UTF-8/u,
      },
      {
        // 1,000 levels took a minute to parse and then overflowed the stack: refused up front.
        file: 'deep_nesting.txt',
        bytes: Buffer.from(['### 1. 问题', '', ...Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- ${i + 1}`), ''].join('\n')),
        line: MAX_NESTING + 3,
        reason: /嵌套了约 \d+ 层/u,
      },
      { file: 'no_headings.txt', bytes: Buffer.from('只有一段文字，没有任何标题。\n'), line: 1, reason: /没有可以拆分成条目的标题/u },
    ];
    await Promise.all(
      cases.map(async (c) => {
        const dir = join(WORK, `bad-${c.file.replace(/\W/gu, '-')}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, c.file), c.bytes);
        const result = await run([NODE, INGEST_CLI, '--sources', dir, '--out', join(dir, 'out'), '--overrides', 'none'], {
          cwd: REPO,
        });
        expect(result.code, `${c.file}: ${result.stdout}${result.stderr}`).toBe(1);
        const message =
          result.stderr
            .trim()
            .split('\n')
            .find((l) => l.includes(c.file)) ?? result.stderr;
        expect(message).toMatch(new RegExp(`${c.file.replace('.', '\\.')}:${c.line}: `, 'u'));
        expect(message).toMatch(c.reason);
        expect(result.stderr, 'a clear message, not a stack trace').not.toMatch(/\n\s+at /u);
      }),
    );
  });
});

describe('hostile pages in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    if (!build.ok) return;
    server = await serveDist(build.dist, '/');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Visits `paths` in one tab, collecting anything that ran or reached out. */
  async function visit(paths: string[], each?: (page: Page, path: string) => Promise<void>): Promise<string[]> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    let current = '';
    page.on('dialog', (dialog) => {
      problems.push(`${current}: dialog ${dialog.type()} "${dialog.message()}"`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(`${current}: page error ${error.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${current}: console error ${m.text().slice(0, 200)}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(server.origin) && !request.url().startsWith('data:'))
        problems.push(`${current}: request to ${request.url()}`);
    });
    for (const path of paths) {
      current = path || '(home)';
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      // Hover and focus everything a handler might hang on, then look for anything that ran or was injected.
      await page.mouse.move(5, 5);
      await page.mouse.move(200, 400);
      const found = await page.evaluate((origin) => {
        const out: string[] = [];
        const w = window as unknown as { __pwned?: unknown };
        if (w.__pwned !== undefined) out.push(`window.__pwned = ${String(w.__pwned)}`);
        for (const el of document.querySelectorAll('*')) {
          for (const attr of el.getAttributeNames()) if (/^on/iu.test(attr)) out.push(`<${el.localName} ${attr}> handler`);
          const url = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('xlink:href') ?? '';
          if (/^\s*(?:javascript|vbscript|data):/iu.test(url)) out.push(`<${el.localName}> with ${url.slice(0, 60)}`);
        }
        for (const el of document.querySelectorAll('iframe, frame, object, embed, base, form[action^="http"], meta[http-equiv="refresh"]'))
          out.push(`<${el.localName}> element`);
        for (const s of document.querySelectorAll('script')) {
          const type = s.type.toLowerCase();
          if (s.src) {
            if (!s.src.startsWith(`${origin}/_astro/`)) out.push(`script src ${s.src}`);
          } else if (type !== 'application/ld+json' && !/theme/u.test(s.textContent ?? ''))
            out.push(`inline script ${(s.textContent ?? '').slice(0, 60)}`);
        }
        for (const st of document.querySelectorAll('main style'))
          if (!st.closest('[data-mermaid]')) out.push(`<style> in content: ${(st.textContent ?? '').slice(0, 60)}`);
        if (getComputedStyle(document.body).display === 'none') out.push('body hidden by injected CSS');
        return out;
      }, server.origin);
      problems.push(...found.map((f) => `${current}: ${f}`));
      await each?.(page, path);
    }
    await context.close();
    return problems;
  }

  test('article pages: nothing executes, every payload is visible text', async () => {
    expect(build.ok, build.log).toBe(true);
    const missing: string[] = [];
    const problems = await visit(
      Object.keys(VISIBLE).map((n) => `articles/${n}/`),
      async (page, path) => {
        const n = path.split('/')[1]!;
        const text = await page.evaluate(() => document.body.innerText);
        for (const s of VISIBLE[n]!) if (!text.includes(s)) missing.push(`${path}: 「${s}」`);
        if (n === '906') {
          const answers = new Set(text.match(/ANSWER-\d+/gu));
          if (answers.size !== 1000) missing.push(`${path}: ${answers.size} of 1000 answers visible`);
        }
        // An HTML comment is hidden, as in every Markdown viewer (html-comments.ts), and it is not in the page
        // as markup either.
        if (n === '903' && (await page.content()).includes('HTML 注释')) missing.push(`${path}: the HTML comment was published`);
        // So is one inside a line of text; the words around it stay.
        if (n === '901' && (await page.content()).includes('读者看不到')) missing.push(`${path}: the inline HTML comment was published`);
        if (n === '904') {
          const all = await page.evaluate(() => document.body.textContent ?? '');
          for (const s of MATH_SOURCES) if (!all.includes(s)) missing.push(`${path}: formula source 「${s}」`);
        }
      },
    );
    expect(problems).toEqual([]);
    expect(missing).toEqual([]);
  });

  test('question pages, topic pages, home, glossary: nothing executes', async () => {
    expect(build.ok, build.log).toBe(true);
    const hostile = entries.filter((e) => e.source.file !== '906_many_headings.txt' || /many-(?:1|500|1000)\//u.test(e.url));
    const paths = [...new Set(hostile.map((e) => e.url.replace(/^\//u, '')))];
    const problems = await visit([
      '',
      'concepts/',
      'training/',
      'compression/',
      'applications/',
      'challenges/',
      'glossary/',
      'articles/',
      ...paths,
    ]);
    expect(problems).toEqual([]);
  });

  test('search results show hostile text as text', async () => {
    expect(build.ok, build.log).toBe(true);
    const shown: string[] = [];
    const problems = await visit(
      ['script', 'javascript', 'pwned', 'onerror', 'HOSTILE_CANARY'].map((q) => `search/?q=${encodeURIComponent(q)}`),
      async (page) => {
        await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
        shown.push(await page.locator('[data-search-results]').innerText());
      },
    );
    expect(problems).toEqual([]);
    expect(shown.join('\n')).toMatch(/<script>|javascript:/u);
  });

  test('a redirect page left by a moved hostile question keeps the fragment, under the shipped CSP', async () => {
    expect(build.ok, build.log).toBe(true);
    const strict = await serveDist(build.dist, '/', shippedHeaders());
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/iu.test(m.text())) violations.push(m.text());
    });
    try {
      await page.goto(`${strict.url}${redirectFrom}/#answer-906-q1000`);
      await expect.poll(() => new URL(page.url()).pathname, { timeout: 10_000 }).toBe(`/${redirectTo}/`);
      expect(new URL(page.url()).hash).toBe('#answer-906-q1000');
      expect(violations).toEqual([]);
    } finally {
      await context.close();
      await strict.close();
    }
  });
});
