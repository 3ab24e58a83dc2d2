/**
 * Throwaway copies of the site for the benchmark and the build-level tests (hostile input,
 * determinism). A copy holds the site's code (src/, public/, configs) and its own content/; it
 * lives inside the repository (.bench/ or tests/.tmp/, both git-ignored) so Node and Vite resolve
 * packages from the repository's node_modules without symlinks, while Astro's caches
 * (<copy>/node_modules/.astro, <copy>/.astro) stay private to the copy. Nothing in the real
 * content/ or dist/ is touched, so a bench or a test can run while someone else builds.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const SITE_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'deploy'];
/**
 * Maintainer files next to the generated content: what ingestion reads, and the MDX maintainers
 * write (notes, topic introductions, pages), which name real questions and entries.
 */
const CONTENT_FILES = ['overrides.yaml', 'vocabulary.yaml', 'permalinks.json', 'notes', 'topics', 'pages'];

export interface ProjectOptions {
  /** Copy content/overrides.yaml, content/permalinks.json and the maintainers' MDX (they name real files and ids). Default true. */
  realOverrides?: boolean;
}

/** Creates (or empties) `dir` and copies the site code into it. Returns the absolute path. */
export function makeProject(dir: string, options: ProjectOptions = {}): string {
  const root = resolve(REPO, dir);
  if (!root.startsWith(REPO + '/') || relative(REPO, root).startsWith('..'))
    throw new Error(`project copy must live inside the repo: ${root}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'content'), { recursive: true });
  for (const name of SITE_FILES) cpSync(join(REPO, name), join(root, name), { recursive: true });
  const contentFiles = options.realOverrides === false ? ['vocabulary.yaml'] : CONTENT_FILES;
  for (const name of contentFiles) {
    const from = join(REPO, 'content', name);
    if (existsSync(from)) cpSync(from, join(root, 'content', name), { recursive: true });
  }
  return root;
}

export const NODE = process.execPath;
const GNU_TIME = '/usr/bin/time';
export const ASTRO_BIN = join(REPO, 'node_modules/astro/bin/astro.mjs');
/** Pagefind with the project's index chunk size (scripts/pagefind.ts), as `npm run build` runs it. */
export const PAGEFIND_BIN = join(REPO, 'scripts/pagefind.ts');
export const INGEST_CLI = join(REPO, 'scripts/ingest/cli.ts');

export interface Stage {
  name: 'ingest' | 'astro' | 'pagefind';
  argv: string[];
  cwd: string;
  env?: Record<string, string>;
}

/** The three commands of `npm run build`, pointed at a project copy and a sources folder. */
export function buildStages(root: string, sources: string, env: Record<string, string> = {}, outDir = 'dist'): Stage[] {
  const overrides = join(root, 'content/overrides.yaml');
  return [
    {
      name: 'ingest',
      argv: [
        NODE,
        INGEST_CLI,
        '--quiet',
        '--sources',
        sources,
        '--out',
        join(root, 'content'),
        '--overrides',
        // A copy without the real overrides has none: the CLI rejects a file that does not exist.
        existsSync(overrides) ? overrides : 'none',
        '--vocabulary',
        join(root, 'content/vocabulary.yaml'),
      ],
      cwd: REPO,
      env,
    },
    { name: 'astro', argv: [NODE, ASTRO_BIN, 'build', '--root', root, '--outDir', join(root, outDir)], cwd: root, env },
    { name: 'pagefind', argv: [NODE, PAGEFIND_BIN, '--site', join(root, outDir)], cwd: root, env },
  ];
}

export interface RunResult {
  code: number | null;
  seconds: number;
  /** Peak of the summed resident memory of the process and all its descendants, sampled. */
  peakRssBytes: number;
  /** User + system CPU seconds of the process and its descendants (GNU time), or null without /usr/bin/time. */
  cpuSeconds: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command, sampling the memory of its whole process tree every `sampleMs`. */
export function run(argv: string[], options: SpawnOptions & { sampleMs?: number; echo?: boolean } = {}): Promise<RunResult> {
  const { sampleMs = 150, echo = false, ...spawnOptions } = options;
  // CPU time is what scales with the corpus even when other work shares the machine; wall time is not.
  const timeDir = existsSync(GNU_TIME) ? mkdtempSync(join(tmpdir(), 'bench-time-')) : null;
  const command = timeDir ? [GNU_TIME, '-f', '%U %S', '-o', join(timeDir, 'time'), ...argv] : argv;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command[0]!, command.slice(1), {
      ...spawnOptions,
      env: { ...process.env, FORCE_COLOR: '0', ...spawnOptions.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (echo) process.stdout.write(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk;
      if (echo) process.stderr.write(chunk);
    });
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, sampleMs);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      let cpuSeconds: number | null = null;
      if (timeDir) {
        const line = existsSync(join(timeDir, 'time')) ? readFileSync(join(timeDir, 'time'), 'utf8').trim().split('\n').at(-1)! : '';
        const [user, system] = line.split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user! + system!;
        rmSync(timeDir, { recursive: true, force: true });
      }
      resolvePromise({ code, seconds: (performance.now() - started) / 1000, peakRssBytes: peak, cpuSeconds, stdout, stderr });
    });
  });
}

/** Sum of VmRSS over a process and its descendants (Linux /proc; 0 elsewhere). */
function treeRss(pid: number): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid …  — comm may contain spaces, so split after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process exited while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const m = /^VmRSS:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Total size in bytes of the files below `dir` (0 if it does not exist). */
export function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, name));
    if (st.isFile()) total += st.size;
  }
  return total;
}

/** Number of files below `dir`. */
export function fileCount(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile()).length;
}
