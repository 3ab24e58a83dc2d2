/**
 * Write (cli.ts, after the pipeline): put the generated files on disk, or (check mode) report how disk differs.
 * Only paths ingestion owns are touched: the topic folders, content/articles, and three JSON
 * files. Unchanged files are not rewritten, so a re-run on unchanged input changes nothing.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { TOPIC_IDS } from '../../src/lib/topics.ts';

const OWNED_DIRS = [...TOPIC_IDS, 'articles'];

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => join(dir, p))
    .filter((p) => statSync(p).isFile());
}

export interface Drift {
  changed: string[];
  missing: string[];
  stale: string[];
}

export function diffOutput(outDir: string, files: ReadonlyMap<string, string>): Drift {
  const drift: Drift = { changed: [], missing: [], stale: [] };
  for (const [path, content] of files) {
    const full = join(outDir, path);
    if (!existsSync(full)) drift.missing.push(path);
    else if (readFileSync(full, 'utf8') !== content) drift.changed.push(path);
  }
  for (const dir of OWNED_DIRS) {
    for (const full of listFiles(join(outDir, dir))) {
      const path = relative(outDir, full).split('\\').join('/');
      if (!files.has(path)) drift.stale.push(path);
    }
  }
  return drift;
}

export function writeOutput(outDir: string, files: ReadonlyMap<string, string>): Drift {
  const drift = diffOutput(outDir, files);
  for (const path of [...drift.missing, ...drift.changed]) {
    const full = join(outDir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, files.get(path)!);
  }
  for (const path of drift.stale) rmSync(join(outDir, path));
  for (const dir of OWNED_DIRS) removeEmptyDirs(join(outDir, dir));
  return drift;
}

function removeEmptyDirs(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) removeEmptyDirs(full);
  }
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}
