/**
 * npm run bench [-- --scales 1,10,100 --runs 3 --runs-large 1 --out bench-results --no-queries --report-only]
 *
 * Times the three stages of `npm run build` (ingest → astro build → pagefind) on synthetic corpora
 * of N× the real articles (scripts/bench/corpus.ts), each built cold in a throwaway copy of the
 * site under .bench/ (scripts/bench/project.ts), and reports per scale: median and spread of
 * every stage and of the whole build, peak memory (whole process tree), time per entry, dist/
 * size, Pagefind index size, the bytes one search downloads and those of the first query typed in
 * a question page's header box (real Chromium; the latter even with --no-queries). Writes
 * bench-results/bench.json (results of earlier runs at other scales are kept) and
 * bench-results/bench.svg. Nothing in content/ or dist/ is touched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chartSvg, linearFrom, type Series } from './chart.ts';
import { scaleCorpus } from './corpus.ts';
import { buildStages, dirBytes, fileCount, makeProject, REPO, run, type RunResult, type Stage } from './project.ts';
import { measureFirstQuery, measureQueries, type FirstQueryCost, type QueryCost } from './query-bytes.ts';

type StageName = 'ingest' | 'astro' | 'pagefind';

interface Stat {
  median: number;
  min: number;
  max: number;
  /** (max − min) / median, in percent. */
  spreadPct: number;
}

interface ScaleResult {
  scale: number;
  measuredAt: string;
  runs: number;
  articles: number;
  entries: number;
  questions: number;
  htmlPages: number;
  sourceBytes: number;
  /** Wall-clock seconds. */
  seconds: Record<StageName | 'total', Stat>;
  /** CPU seconds (user + system, whole process tree): steadier than wall time on a shared machine. */
  cpuSeconds: Record<StageName | 'total', Stat> | null;
  peakRssBytes: Record<StageName | 'build', number>;
  msPerEntry: number;
  dist: { bytes: number; files: number; withoutPagefindBytes: number };
  pagefind: { bytes: number; files: number; indexBytes: number; fragmentBytes: number; metaBytes: number; runtimeBytes: number };
  queries: QueryCost[] | null;
  queryBytesMax: number | null;
  /** The first query typed in the header box of a question page (measured even with --no-queries). */
  firstQuery?: FirstQueryCost | null;
  /** 1-minute load average when each run started: above the core count, other work shared the machine. */
  loadAtStart: number[];
}

interface BenchFile {
  tool: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string };
  targets: Record<string, { limit: string; value: string; ok: boolean | null }>;
  scales: ScaleResult[];
}

function stat(values: number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  return { median, min, max, spreadPct: median > 0 ? ((max - min) / median) * 100 : 0 };
}

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1e3).toFixed(0)} KB`;
const s = (x: number) => `${x.toFixed(1)} s`;

function countQuestions(content: string): number {
  let n = 0;
  for (const topic of ['concepts', 'training', 'compression', 'applications', 'challenges']) {
    const dir = join(content, topic);
    if (existsSync(dir)) n += readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory()).length;
  }
  return n;
}

function sumBytes(dir: string, test: (path: string) => boolean): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isFile() && test(name)) total += st.size;
  }
  return total;
}

async function runStage(stage: Stage, verbose: boolean, logFile: string): Promise<RunResult> {
  const result = await run(stage.argv, { cwd: stage.cwd, env: { NO_COLOR: '1', ...stage.env }, echo: verbose });
  writeFileSync(logFile, `$ ${stage.argv.join(' ')}\n${result.stdout}\n${result.stderr}`);
  if (result.code !== 0) {
    process.stderr.write(result.stdout.slice(-4000) + result.stderr.slice(-4000));
    throw new Error(`bench: stage ${stage.name} failed with exit code ${result.code}`);
  }
  return result;
}

async function benchScale(scale: number, runs: number, opts: { work: string; queries: boolean; verbose: boolean }): Promise<ScaleResult> {
  const real = readdirSync(join(REPO, 'content/sources'))
    .filter((f) => /\.(?:txt|md|markdown)$/iu.test(f))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(REPO, 'content/sources', file), 'utf8') }));
  const corpus = scaleCorpus(real, scale);
  const corpusDir = join(REPO, opts.work, `corpus-${scale}x`);
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  for (const source of corpus) writeFileSync(join(corpusDir, source.file), source.text);
  const sourceBytes = corpus.reduce((n, c) => n + Buffer.byteLength(c.text), 0);
  console.log(`\n━━ ${scale}× — ${corpus.length} articles, ${mb(sourceBytes)} of text; ${runs} cold build(s)`);

  const timings: Record<StageName, number[]> & { total: number[] } = { ingest: [], astro: [], pagefind: [], total: [] };
  const cpu: Record<StageName, number[]> & { total: number[] } = { ingest: [], astro: [], pagefind: [], total: [] };
  const peaks: Record<StageName, number> = { ingest: 0, astro: 0, pagefind: 0 };
  let root = '';
  const loadAtStart: number[] = [];
  for (let r = 0; r < runs; r++) {
    loadAtStart.push(Number(loadavg()[0]!.toFixed(2)));
    // A fresh copy each run: no dist/, no content-layer cache, the committed permalink lock.
    root = makeProject(join(opts.work, `site-${scale}x`));
    let total = 0;
    let cpuTotal: number | null = 0;
    const line: string[] = [];
    for (const stage of buildStages(root, corpusDir)) {
      const result = await runStage(stage, opts.verbose, join(REPO, opts.work, `site-${scale}x.${stage.name}.log`));
      const name = stage.name;
      timings[name].push(result.seconds);
      peaks[name] = Math.max(peaks[name], result.peakRssBytes);
      total += result.seconds;
      if (result.cpuSeconds === null || cpuTotal === null) cpuTotal = null;
      else {
        cpu[name].push(result.cpuSeconds);
        cpuTotal += result.cpuSeconds;
      }
      line.push(
        `${name} ${s(result.seconds)}${result.cpuSeconds === null ? '' : ` [cpu ${s(result.cpuSeconds)}]`} (${mb(result.peakRssBytes)})`,
      );
    }
    timings.total.push(total);
    if (cpuTotal !== null) cpu.total.push(cpuTotal);
    console.log(`  run ${r + 1}: ${line.join(' · ')} · total ${s(total)} (load ${loadAtStart.at(-1)} at start)`);
  }

  const dist = join(root, 'dist');
  const pf = join(dist, 'pagefind');
  const entries = (JSON.parse(readFileSync(join(dist, 'entries.json'), 'utf8')) as unknown[]).length;
  let queries: QueryCost[] | null = null;
  if (opts.queries) {
    try {
      queries = await measureQueries(dist);
    } catch (error) {
      console.warn(`  (bytes per query not measured: ${(error as Error).message.split('\n')[0]})`);
    }
  }
  let firstQuery: FirstQueryCost | null = null;
  try {
    firstQuery = await measureFirstQuery(dist, questionPage(dist));
  } catch (error) {
    console.warn(`  (first query from a question page not measured: ${(error as Error).message.split('\n')[0]})`);
  }
  const seconds = {
    ingest: stat(timings.ingest),
    astro: stat(timings.astro),
    pagefind: stat(timings.pagefind),
    total: stat(timings.total),
  };
  const cpuSeconds =
    cpu.total.length === runs
      ? { ingest: stat(cpu.ingest), astro: stat(cpu.astro), pagefind: stat(cpu.pagefind), total: stat(cpu.total) }
      : null;
  const pagefindBytes = dirBytes(pf);
  return {
    scale,
    measuredAt: new Date().toISOString(),
    runs,
    articles: corpus.length,
    entries,
    questions: countQuestions(join(root, 'content')),
    htmlPages: readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length,
    sourceBytes,
    seconds,
    cpuSeconds,
    peakRssBytes: { ...peaks, build: Math.max(...Object.values(peaks)) },
    msPerEntry: (seconds.total.median * 1000) / entries,
    dist: { bytes: dirBytes(dist), files: fileCount(dist), withoutPagefindBytes: dirBytes(dist) - pagefindBytes },
    pagefind: {
      bytes: pagefindBytes,
      files: fileCount(pf),
      indexBytes: sumBytes(join(pf, 'index'), () => true),
      fragmentBytes: sumBytes(join(pf, 'fragment'), () => true),
      metaBytes: sumBytes(pf, (p) => p.endsWith('.pf_meta') || p.startsWith('filter/') || p === 'pagefind-entry.json'),
      runtimeBytes: sumBytes(pf, (p) => /^pagefind[^/]*\.js$|^wasm\./u.test(p)),
    },
    queries,
    queryBytesMax: queries ? Math.max(...queries.map((q) => q.bytes)) : null,
    firstQuery,
    loadAtStart,
  };
}

/** A question page of a built site: the one tests/browser/search-perf.test.ts uses at 1×, else the first. */
function questionPage(dist: string): string {
  const preferred = 'compression/da-mo-xing-de-liang-hua-ji-shu/';
  if (existsSync(join(dist, preferred, 'index.html'))) return preferred;
  for (const topic of ['compression', 'concepts', 'training', 'applications', 'challenges']) {
    const dir = join(dist, topic);
    if (!existsSync(dir)) continue;
    const slug = readdirSync(dir)
      .sort()
      .find((d) => existsSync(join(dir, d, 'index.html')));
    if (slug) return `${topic}/${slug}/`;
  }
  throw new Error(`no question page in ${dist}`);
}

function report(r: ScaleResult): void {
  const st = (x: Stat) => `${s(x.median)} (${s(x.min)}–${s(x.max)}, ±${(x.spreadPct / 2).toFixed(0)}%)`;
  console.log(`  ${r.articles} articles · ${r.entries} entries · ${r.questions} questions · ${r.htmlPages} HTML pages`);
  console.log(`  ingest   ${st(r.seconds.ingest)}  peak ${mb(r.peakRssBytes.ingest)}`);
  console.log(`  astro    ${st(r.seconds.astro)}  peak ${mb(r.peakRssBytes.astro)}`);
  console.log(`  pagefind ${st(r.seconds.pagefind)}  peak ${mb(r.peakRssBytes.pagefind)}`);
  console.log(`  total    ${st(r.seconds.total)}  = ${r.msPerEntry.toFixed(1)} ms/entry`);
  if (r.cpuSeconds)
    console.log(
      `  CPU time ingest ${s(r.cpuSeconds.ingest.median)}, astro ${s(r.cpuSeconds.astro.median)}, pagefind ${s(r.cpuSeconds.pagefind.median)}, total ${s(r.cpuSeconds.total.median)} = ${((r.cpuSeconds.total.median * 1000) / r.entries).toFixed(1)} ms/entry`,
    );
  if (Math.max(...r.loadAtStart) > cpus().length)
    console.log(
      `  (load average ${r.loadAtStart.join(', ')} at the start of the runs, on ${cpus().length} cores: other work shared the machine, times are inflated)`,
    );
  console.log(`  dist ${mb(r.dist.bytes)} (${r.dist.files} files; ${mb(r.dist.withoutPagefindBytes)} without the index)`);
  console.log(
    `  pagefind ${mb(r.pagefind.bytes)} (${r.pagefind.files} files: index ${mb(r.pagefind.indexBytes)}, fragments ${mb(r.pagefind.fragmentBytes)}, meta ${kb(r.pagefind.metaBytes)}, runtime ${kb(r.pagefind.runtimeBytes)})`,
  );
  if (r.firstQuery) {
    const f = r.firstQuery;
    const kinds = Object.entries(f.gzipByKind)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ');
    console.log(
      `  first query 「${f.query}」 in the header box of /${f.page}: ${f.requests} requests, ${kb(f.gzipBytes)} gzip (${kinds}); ${kb(f.bytes)} as served`,
    );
  }
  for (const q of r.queries ?? []) {
    const parts = Object.entries(q.parts)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ');
    const sides = Object.entries(q.gzipBySide ?? {})
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ');
    console.log(
      `  query 「${q.query}」: ${q.results} results, ${q.requests} requests, ${kb(q.bytes)} (${kb(q.gzipBytes)} gzip: ${sides}) — ${parts}`,
    );
  }
}

function exponents(results: ScaleResult[]): string[] {
  const lines: string[] = [];
  const sorted = [...results].sort((a, b) => a.entries - b.entries);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    const k = (x: number, y: number) => (Math.log(y / x) / Math.log(b.entries / a.entries)).toFixed(2);
    // CPU seconds when both runs have them: wall time also measures whatever else the machine was doing.
    const cpu =
      a.cpuSeconds && b.cpuSeconds
        ? { a: a.cpuSeconds, b: b.cpuSeconds, label: 'CPU time' }
        : { a: a.seconds, b: b.seconds, label: 'wall time' };
    const stage = (name: StageName | 'total') => `${name} ${k(cpu.a[name].median, cpu.b[name].median)}`;
    lines.push(
      `  ${a.scale}× → ${b.scale}× (entries ×${(b.entries / a.entries).toFixed(1)}), growth exponent (1 = linear): ` +
        `${cpu.label} ${['ingest', 'astro', 'pagefind', 'total'].map((n) => stage(n as StageName | 'total')).join(', ')}; ` +
        `peak memory ${k(a.peakRssBytes.build, b.peakRssBytes.build)}; dist ${k(a.dist.bytes, b.dist.bytes)}; index ${k(a.pagefind.bytes, b.pagefind.bytes)}` +
        (a.queryBytesMax && b.queryBytesMax ? `; bytes per query ${k(a.queryBytesMax, b.queryBytesMax)}` : ''),
    );
  }
  return lines;
}

function targets(results: ScaleResult[]): BenchFile['targets'] {
  const one = results.find((r) => r.scale === 1);
  const hundred = results.find((r) => r.scale === 100);
  return {
    'real content (1×) whole build': {
      limit: '< 20 s',
      value: one ? s(one.seconds.total.median) : 'not run',
      ok: one ? one.seconds.total.median < 20 : null,
    },
    '100× whole build': {
      limit: '< 600 s',
      value: hundred ? s(hundred.seconds.total.median) : 'not run',
      ok: hundred ? hundred.seconds.total.median < 600 : null,
    },
    '100× peak memory': {
      limit: '< 4 GB',
      value: hundred ? mb(hundred.peakRssBytes.build) : 'not run',
      ok: hundred ? hundred.peakRssBytes.build < 4e9 : null,
    },
    '100× bytes one query downloads (max of the query set, gzip as sent by a compressing host)': {
      limit: '< 300 KB',
      value: hundred?.queries
        ? `${kb(Math.max(...hundred.queries.map((q) => q.gzipBytes)))} (${kb(Math.max(...hundred.queries.map((q) => q.bytes)))} uncompressed)`
        : 'not run',
      ok: hundred?.queries ? Math.max(...hundred.queries.map((q) => q.gzipBytes)) < 300_000 : null,
    },
    '100× first query from a question page (header box, 知识蒸馏, gzip)': {
      limit: '≤ 300 KB',
      value: hundred?.firstQuery ? `${kb(hundred.firstQuery.gzipBytes)} (${kb(hundred.firstQuery.bytes)} as served)` : 'not run',
      ok: hundred?.firstQuery ? hundred.firstQuery.gzipBytes <= 300_000 : null,
    },
    'real content (1×) first query from a question page (header box, 知识蒸馏, gzip)': {
      limit: '≤ 126 KB',
      value: one?.firstQuery ? `${kb(one.firstQuery.gzipBytes)} (${kb(one.firstQuery.bytes)} as served)` : 'not run',
      ok: one?.firstQuery ? one.firstQuery.gzipBytes <= 126_000 : null,
    },
  };
}

function chart(results: ScaleResult[]): string {
  const sorted = [...results].sort((a, b) => a.entries - b.entries);
  const pts = (f: (r: ScaleResult) => number | null) =>
    sorted.flatMap((r) => {
      const y = f(r);
      return y ? [{ x: r.entries, y }] : [];
    });
  const total = pts((r) => r.seconds.total.median);
  const dist = pts((r) => r.dist.bytes);
  const time: Series[] = [
    { name: 'whole build', color: '#1f77b4', points: total },
    { name: 'astro build', color: '#ff7f0e', points: pts((r) => r.seconds.astro.median) },
    { name: 'ingest', color: '#2ca02c', points: pts((r) => r.seconds.ingest.median) },
    { name: 'pagefind', color: '#9467bd', points: pts((r) => r.seconds.pagefind.median) },
    { name: 'whole build, CPU s', color: '#17becf', points: pts((r) => r.cpuSeconds?.total.median ?? null) },
    { name: 'linear (from smallest)', color: '#999', points: linearFrom(total), dashed: true },
  ];
  const bytes: Series[] = [
    { name: 'dist/', color: '#1f77b4', points: dist },
    { name: 'Pagefind index', color: '#9467bd', points: pts((r) => r.pagefind.bytes) },
    { name: 'one query (max, uncompressed)', color: '#d62728', points: pts((r) => r.queryBytesMax) },
    { name: 'linear (from smallest)', color: '#999', points: linearFrom(dist), dashed: true },
  ];
  const caption = sorted.map((r) => `${r.scale}×: ${r.entries} entries, ${s(r.seconds.total.median)}, ${mb(r.dist.bytes)}`).join(' · ');
  const loaded = sorted.filter((r) => Math.max(...(r.loadAtStart ?? [0])) > cpus().length).map((r) => `${r.scale}×`);
  const note =
    loaded.length > 0
      ? `\nwall time at ${loaded.join(', ')} measured on a busy machine (load above the core count): CPU seconds are the steady figure`
      : '';
  return chartSvg(time, bytes, `${caption} — ${cpus().length} cores${note}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1,10,100' },
      runs: { type: 'string', default: '3' },
      'runs-large': { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench-results' },
      work: { type: 'string', default: '.bench' },
      'no-queries': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      /** Rebuild the chart and the summary from bench.json without running anything. */
      'report-only': { type: 'boolean', default: false },
    },
  });
  const scales = values['report-only'] ? [] : values.scales.split(',').map((x) => Number(x.trim()));
  if (scales.some((x) => !Number.isInteger(x) || x < 1)) throw new Error(`--scales: positive integers, got ${values.scales}`);
  const runs = Number(values.runs);
  const runsLarge = Number(values['runs-large']);
  // resolve(), not join(): `--out /abs/path` must write there, not under the repository.
  const outDir = resolve(REPO, values.out);
  const outJson = join(outDir, 'bench.json');
  const previous: BenchFile | null = existsSync(outJson) ? (JSON.parse(readFileSync(outJson, 'utf8')) as BenchFile) : null;

  console.log(
    `bench: scales ${scales.join(', ')}× · ${runs} run(s) each (${runsLarge} above 10×) · ${cpus().length} cores · Node ${process.version}`,
  );
  const fresh: ScaleResult[] = [];
  for (const scale of scales) {
    const result = await benchScale(scale, scale > 10 ? runsLarge : runs, {
      work: values.work,
      queries: !values['no-queries'],
      verbose: values.verbose,
    });
    report(result);
    fresh.push(result);
  }

  // Keep earlier results for scales not re-run this time, so a quick 1× run does not erase 100×.
  const merged = [...(previous?.scales ?? []).filter((r) => !scales.includes(r.scale)), ...fresh].sort((a, b) => a.scale - b.scale);
  const file: BenchFile = {
    tool: 'npm run bench (scripts/bench/bench.ts)',
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryBytes: totalmem(),
      node: process.version,
      platform: process.platform,
    },
    targets: targets(merged),
    scales: merged,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(outJson, `${JSON.stringify(file, null, 2)}\n`);
  writeFileSync(join(outDir, 'bench.svg'), chart(merged));

  console.log('\n━━ scaling');
  for (const line of exponents(merged)) console.log(line);
  console.log('\n━━ targets');
  for (const [name, t] of Object.entries(file.targets))
    console.log(`  ${t.ok === null ? '  – ' : t.ok ? ' ok ' : 'MISS'} ${name}: ${t.value} (${t.limit})`);
  console.log(`\nwrote ${join(outDir, 'bench.json')} and ${join(outDir, 'bench.svg')}`);
}

await main();
