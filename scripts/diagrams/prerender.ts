/**
 * Pre-renders every Mermaid diagram of the generated content to public/diagrams/<id>.svg, so a
 * reader's browser inserts a finished drawing instead of running Mermaid (≈210 KB of JS and
 * seconds of main thread on a phone). Run it after ingestion changes a diagram:
 *
 *   npm run diagrams               (write missing/changed drawings, drop stale ones)
 *   npm run diagrams -- --check    (exit 1 if any drawing is missing or stale; part of npm test)
 *
 * It needs Chromium (CHROMIUM_PATH or /usr/bin/chromium) on the maintainer's machine only: the
 * output is committed, and a deploy never runs a browser. A diagram without a drawing still works —
 * the site falls back to rendering it with Mermaid in the browser.
 *
 * The drawings carry no colours of their own: Mermaid's <style> is dropped and the site's
 * stylesheet themes them (light and dark) through CSS variables. Labels are SVG text (htmlLabels
 * off), so a reader's fonts can never clip them.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type mermaidApi from 'mermaid';
import { launchChromium } from '../lib/chromium.ts';
import { diagramId } from '../../src/lib/diagram-id.ts';

const CONTENT = 'content';
const OUT = 'public/diagrams';
const check = process.argv.includes('--check');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'sources' ? [] : mdxFiles(join(dir, e.name))) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );
}

const sources = new Map<string, string>();
for (const file of mdxFiles(CONTENT)) {
  for (const m of readFileSync(file, 'utf8').matchAll(/^(`{3,}|~{3,})mermaid[^\n]*\n([\s\S]*?)\n\1[ \t]*$/gmu)) {
    sources.set(diagramId(m[2]!), m[2]!);
  }
}
const existing = existsSync(OUT) ? readdirSync(OUT).filter((f) => f.endsWith('.svg')) : [];
const wanted = new Set([...sources.keys()].map((id) => `${id}.svg`));
const missing = [...sources.keys()].filter((id) => !existing.includes(`${id}.svg`));
const stale = existing.filter((f) => !wanted.has(f));

if (check) {
  if (missing.length || stale.length) {
    console.error(`Diagrams out of date: ${missing.length} missing, ${stale.length} stale. Run: npm run diagrams`);
    process.exit(1);
  }
  console.log(`${sources.size} diagram(s) pre-rendered and current.`);
  process.exit(0);
}

mkdirSync(OUT, { recursive: true });
for (const f of stale) rmSync(join(OUT, f));
if (missing.length > 0) {
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js') });
  for (const id of missing) {
    const svg = await page.evaluate(
      async ({ id, source }) => {
        const mermaid = (window as unknown as { mermaid: typeof mermaidApi }).mermaid;
        mermaid.initialize({
          startOnLoad: false,
          securityLevel: 'strict',
          theme: 'neutral',
          layout: 'dagre',
          htmlLabels: false,
          flowchart: { htmlLabels: false },
          fontFamily: "-apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
        });
        return (await mermaid.render(id, source)).svg;
      },
      { id, source: sources.get(id)! },
    );
    const themeless = svg.replace(/<style>[\s\S]*?<\/style>/gu, '');
    writeFileSync(join(OUT, `${id}.svg`), `${themeless}\n`);
    console.log(`${OUT}/${id}.svg (${themeless.length} bytes)`);
  }
  await browser.close();
}
console.log(`${sources.size} diagram(s): ${missing.length} rendered, ${stale.length} removed.`);
