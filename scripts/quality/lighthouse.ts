/**
 * npm run lighthouse [-- --dist dist --runs 1 --out bench-results/lighthouse.json]
 *
 * Lighthouse (mobile: Moto G-class emulation, simulated slow 4G — Lighthouse's default) on the
 * built site, served locally with the shipped response headers (public/_headers, CSP included),
 * over five pages: home, a topic page, a question page, the question page with math (the 002
 * 4.2 公式推导过程 entry), and the article with both math and a Mermaid diagram (/articles/002/).
 * Prints the four category scores per page, the gap from 100 and the audits that cost points;
 * writes the numbers to bench-results/lighthouse.json. Needs a build (`npm run build`) and
 * Chromium (CHROME_PATH, else /usr/bin/chromium). Takes ~15 s per page per run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../lib/chromium.ts';
import { serveDist } from '../lib/static-server.ts';
import { REPO } from '../bench/project.ts';
import { shippedHeaders } from './headers.ts';
import { discoverPages, readEntries, siteBase } from './site-pages.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const LIGHTHOUSE = join(REPO, 'node_modules/lighthouse/cli/index.js');

interface PageResult {
  name: string;
  path: string;
  scores: Record<Category, number>;
  runs: Record<Category, number>[];
  metrics: Record<string, string>;
  /** Audits that cost points (score < 1 and weighted in a category), from the median run. */
  gaps: { category: Category; id: string; title: string; score: number | null; displayValue?: string }[];
}

interface LhReport {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

function runLighthouse(url: string, chrome: string): Promise<LhReport> {
  const userDir = mkdtempSync(join(tmpdir(), 'lh-chrome-'));
  const out = join(userDir, 'report.json');
  const flags = ['--headless=new', ...CHROMIUM_ARGS, `--user-data-dir=${userDir}/profile`];
  const args = [
    LIGHTHOUSE,
    url,
    '--output=json',
    `--output-path=${out}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${flags.join(' ')}`,
    '--quiet',
  ];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => {
      try {
        if (code !== 0 || !existsSync(out)) throw new Error(`lighthouse exited with ${code}: ${stderr.slice(-2000)}`);
        resolvePromise(JSON.parse(readFileSync(out, 'utf8')) as LhReport);
      } catch (error) {
        reject(error as Error);
      } finally {
        if (!process.env.KEEP_LH) rmSync(userDir, { recursive: true, force: true });
      }
    });
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench-results/lighthouse.json' },
    },
  });
  const dist = resolve(REPO, values.dist);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run \`npm run build\` first.`);
  const chrome = process.env.CHROME_PATH ?? chromiumPath();
  if (!chrome) throw new Error('No Chromium found: set CHROME_PATH.');
  const runs = Math.max(1, Number(values.runs));

  const pages = discoverPages(dist);
  const mathQuestion =
    readEntries(dist)
      .find((e) => e.source.heading.includes('公式推导'))
      ?.url.slice(siteBase(dist).length) ?? pages.mathQuestions[0]!;
  const mermaidArticle = pages.mermaidPages.find((p) => p.startsWith('articles/')) ?? 'articles/002/';
  const targets = [
    { name: 'home', path: pages.home },
    { name: 'topic', path: pages.topics[0]! },
    { name: 'question', path: pages.plainQuestion },
    { name: 'question with math', path: mathQuestion },
    { name: 'article with math + Mermaid', path: mermaidArticle },
  ];

  const server = await serveDist(dist, siteBase(dist), shippedHeaders());
  const results: PageResult[] = [];
  try {
    for (const target of targets) {
      const url = `${server.url}${target.path}`;
      const reports: LhReport[] = [];
      for (let r = 0; r < runs; r++) reports.push(await runLighthouse(url, chrome));
      const perRun = reports.map(
        (rep) =>
          Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((rep.categories[c].score ?? 0) * 100)])) as Record<Category, number>,
      );
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun.map((p) => p[c]))])) as Record<Category, number>;
      // Gaps and metrics from the run whose performance score is the median.
      const mid = reports[perRun.findIndex((p) => p.performance === scores.performance)]!;
      const gaps: PageResult['gaps'] = [];
      for (const c of CATEGORIES) {
        for (const ref of mid.categories[c].auditRefs) {
          const audit = mid.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'informative') continue;
          gaps.push({ category: c, id: audit.id, title: audit.title, score: audit.score, displayValue: audit.displayValue });
        }
      }
      const metrics = Object.fromEntries(
        ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map(
          (id) => [id, mid.audits[id]?.displayValue ?? ''],
        ),
      );
      const result = { name: target.name, path: target.path || '/', scores, runs: perRun, metrics, gaps };
      results.push(result);
      const gapText = CATEGORIES.map((c) => `${c} ${scores[c]}${scores[c] < 100 ? ` (−${100 - scores[c]})` : ''}`).join(' · ');
      console.log(`\n${target.name} — /${target.path}\n  ${gapText}`);
      console.log(
        `  ${Object.entries(metrics)
          .map(([k, v]) => `${k.replace(/-/gu, ' ')} ${v}`)
          .join(' · ')}`,
      );
      for (const g of gaps) console.log(`  − [${g.category}] ${g.title}${g.displayValue ? ` (${g.displayValue})` : ''} — score ${g.score}`);
    }
  } finally {
    await server.close();
  }
  const out = resolve(REPO, values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ tool: 'npm run lighthouse (scripts/quality/lighthouse.ts)', formFactor: 'mobile', runs, pages: results }, null, 2)}\n`,
  );
  console.log(`\nwrote ${values.out}`);
}

await main();
