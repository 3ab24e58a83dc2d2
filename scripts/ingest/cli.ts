/**
 * npm run ingest [-- --sources DIR --out DIR --overrides FILE --terms FILE --check]
 * Reads every *.txt/*.md article in the sources folder and writes the content collections.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { IngestError } from './errors.ts';
import { parseOverrides } from './overrides.ts';
import { EMPTY_LOCK, lockSchema } from './permalinks.ts';
import { ingest } from './pipeline.ts';
import { diffOutput, writeOutput } from './output.ts';
import { formatReport } from './report.ts';

const SOURCE_EXTENSIONS = /\.(?:txt|md|markdown)$/iu;
const lexiconSchema = z.array(z.object({ zh: z.string().min(1), en: z.string().min(1), also: z.array(z.string()).default([]) }));

function main(): number {
  const { values } = parseArgs({
    options: {
      sources: { type: 'string', default: 'content/sources' },
      out: { type: 'string', default: 'content' },
      overrides: { type: 'string', default: 'content/overrides.yaml' },
      terms: { type: 'string', default: 'content/terms.yaml' },
      check: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  const started = performance.now();
  const sourceDir = values.sources;
  if (!existsSync(sourceDir)) throw new IngestError(sourceDir, 1, 'sources folder does not exist');
  const sources = readdirSync(sourceDir)
    .filter((name) => SOURCE_EXTENSIONS.test(name))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(sourceDir, file))) }));
  if (sources.length === 0) throw new IngestError(sourceDir, 1, 'no .txt or .md articles in the sources folder');

  const lockPath = join(values.out, 'permalinks.json');
  const lock = existsSync(lockPath) ? lockSchema.parse(JSON.parse(readFileSync(lockPath, 'utf8'))) : EMPTY_LOCK;
  const overrides = existsSync(values.overrides) ? parseOverrides(values.overrides, readFileSync(values.overrides, 'utf8')) : undefined;
  const lexicon = existsSync(values.terms) ? lexiconSchema.parse(parseYaml(readFileSync(values.terms, 'utf8')) ?? []) : [];

  const result = ingest({ sources, lock, overrides, overridesFile: values.overrides, lexicon });
  const elapsed = performance.now() - started;

  if (values.check) {
    const drift = diffOutput(values.out, result.files);
    const stale = [...drift.changed, ...drift.missing, ...drift.stale];
    if (stale.length > 0) {
      console.error(
        `ingest --check: generated content in ${values.out} is stale (${stale.length} files). Run \`npm run ingest\` and commit the result.`,
      );
      for (const path of stale.slice(0, 20))
        console.error(`  ${drift.missing.includes(path) ? 'missing' : drift.stale.includes(path) ? 'extra  ' : 'changed'} ${path}`);
      return 1;
    }
    console.log(`ingest --check: ${result.files.size} generated files are up to date (${elapsed.toFixed(0)} ms).`);
    return 0;
  }
  const drift = writeOutput(values.out, result.files);
  if (!values.quiet) console.log(formatReport(result.report));
  const touched = drift.changed.length + drift.missing.length + drift.stale.length;
  console.log(
    `\n写入 ${relative('.', values.out) || '.'}：${result.files.size} 个文件，其中 ${touched} 个有变化；用时 ${elapsed.toFixed(0)} ms。`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof IngestError) {
    console.error(`ingest: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
