/**
 * npm run ingest [-- --sources DIR --out DIR --overrides FILE|none --vocabulary FILE --examples FILE|none --check --quiet --entries]
 * Reads every article (*.txt, *.md, *.markdown, *.mdx, *.org) at the top of the sources folder, names anything else there in the report, and writes the content collections.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { VocabularyConcept } from '../../src/lib/vocabulary/match.ts';
import { parseVocabulary, VocabularyError } from '../../src/lib/vocabulary/parse.ts';
import { parseTopicExamples, type TopicExamples } from './classify/examples.ts';
import { editorNoteWarnings, type EditorNote } from './editor-notes.ts';
import { IngestError } from './errors.ts';
import { diffOutput, writeOutput } from './output.ts';
import { parseOverrides, type LoadedOverrides } from './overrides.ts';
import { EMPTY_LOCK, lockSchema } from './permalinks.ts';
import { ingest } from './pipeline.ts';
import { formatReport } from './report.ts';
import { readSourcesFolder } from './sources-folder.ts';

const DEFAULT_OVERRIDES = 'content/overrides.yaml';
const DEFAULT_EXAMPLES = 'content/topic-examples.json';

const USAGE = `用法：npm run ingest -- [选项]

把来源文件夹里的文章（*.txt、*.md、*.markdown、*.mdx、*.org）转成网站的内容集合；
文件夹里的其他文件或子文件夹会在报告里点名，不会读取。

选项：
  --sources DIR            要导入的文章所在文件夹（默认 content/sources；指定别的文件夹时
                           要同时写 --out）
  --out DIR                生成内容写到哪里；其中的 permalinks.json 保持网址不变（默认 content）
  --overrides FILE|none    维护者的覆盖文件（默认 ${DEFAULT_OVERRIDES}，存在就用）；
                           none 表示不用任何覆盖。覆盖里点名的文件、条目或 slug 不在来源中时，
                           报告里给出提醒并忽略它
  --vocabulary FILE        领域词表（默认 content/vocabulary.yaml）
  --examples FILE|none     人工标注示例问题的统计：主题的第二票、已知问题及合并模型（默认
                           ${DEFAULT_EXAMPLES}，存在就用；用 npm run topic-examples 重建）；
                           none 表示只按词表分类，也不与已知问题的各种问法比对合并
  --check                  什么也不写；--out 里的生成内容过期时以状态 1 退出
  --quiet                  只打印一行摘要，不打印报告
  --entries                在报告里按文章列出每个条目的行号和主题
  -h, --help               显示本帮助

退出状态：0 完成；1 输入有误（文件:行: 原因）或内容过期（--check）；2 命令行用法有误。`;

const OPTIONS = {
  sources: { type: 'string', default: 'content/sources' },
  out: { type: 'string', default: 'content' },
  overrides: { type: 'string', default: DEFAULT_OVERRIDES },
  vocabulary: { type: 'string', default: 'content/vocabulary.yaml' },
  examples: { type: 'string', default: DEFAULT_EXAMPLES },
  check: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  entries: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** A folder for the report: one the reader gave is absolute by now (options), the default `content` stays short. */
const shownPath = (path: string) => (isAbsolute(path) ? path : relative('.', path) || '.');

/** A folder or file named on the command line that is not there: a path, not a line of a file. */
class MissingPath extends Error {}

/** A mistake in the command line itself: reported with the usage, exit status 2. */
class UsageError extends Error {}

const PATHS = ['sources', 'out', 'overrides', 'vocabulary', 'examples'] as const;

/**
 * The options, a path the reader gave read from the folder npm was run in (npm sets INIT_CWD and
 * runs the script at the repository's root): `npm run ingest -- --sources try` in src/ means src/try.
 * Defaults stay the repository's own folders; `none` is no path.
 */
function options(args: string[]) {
  let given;
  try {
    given = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    throw new UsageError(usageMistake(error as Error & { code?: string }));
  }
  const values = { ...given.values };
  const from = process.env['INIT_CWD'] ?? process.cwd();
  for (const token of given.tokens ?? []) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    const name = PATHS.find((p) => p === token.name);
    if (name && token.value !== 'none') values[name] = resolve(from, token.value);
  }
  // A trial folder written into the site's own content would replace its articles and lock the
  // trial's slugs into permalinks.json: another folder's articles go where the reader says.
  const named = new Set((given.tokens ?? []).flatMap((t) => (t.kind === 'option' ? [t.name] : [])));
  if (named.has('sources') && !named.has('out') && resolve(values.sources) !== resolve(OPTIONS.sources.default))
    throw new UsageError(
      `用 --sources 导入别的文件夹时，请同时用 --out 指定输出目录（如 --out /tmp/试导入）；不写 --out 会把结果写进网站自己的 ${OPTIONS.out.default}/，替换现有的内容。确实要替换时写 --out ${OPTIONS.out.default}`,
    );
  return values;
}

/**
 * node:util's reason in Chinese, like the rest of the output: the first quoted part of its message
 * is the argument at fault (「Unknown option '--bogus'」). A reason it has no code for stays as node wrote it.
 */
function usageMistake(error: { message: string; code?: string }): string {
  const quoted = /'([^']*)'/u.exec(error.message)?.[1];
  if (quoted === undefined) return error.message;
  const option = quoted.replace(/ <value>$/u, '');
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `没有 ${quoted} 这个选项`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数「${quoted}」：每个值都要跟在它的选项后面，如 --sources ${quoted}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // 「--sources --out x」 is a missing value too (node: "argument is ambiguous").
      return /does not take an argument/u.test(error.message) ? `选项 ${option} 不带值` : `选项 ${option} 后面缺少值`;
    default:
      return error.message;
  }
}

function loadOverrides(path: string): LoadedOverrides | undefined {
  if (path === 'none') return undefined;
  if (!existsSync(path)) {
    if (path === DEFAULT_OVERRIDES) return undefined;
    throw new MissingPath(`覆盖文件不存在：${shownPath(path)}；用 --overrides none 可以不带覆盖摄取`);
  }
  return parseOverrides(path, readFileSync(path, 'utf8'));
}

/** The vocabulary file, or an error naming its file and line. */
function readVocabulary(path: string): VocabularyConcept[] {
  if (!existsSync(path)) throw new MissingPath(`词表文件不存在：${shownPath(path)}（content/vocabulary.yaml 是项目的一部分）`);
  try {
    return parseVocabulary(readFileSync(path, 'utf8'), path);
  } catch (error) {
    if (error instanceof VocabularyError) throw new IngestError(error.file, error.line, error.reason);
    throw error;
  }
}

function readExamples(path: string): TopicExamples | undefined {
  if (path === 'none') return undefined;
  if (!existsSync(path)) {
    if (path === DEFAULT_EXAMPLES) return undefined;
    throw new MissingPath(`示例文件不存在：${shownPath(path)}；用 --examples none 可以只按词表分类`);
  }
  return parseTopicExamples(readFileSync(path, 'utf8'), path);
}

/** The editor's notes beside the generated content (content/notes/), which the site shows on its question pages. */
function readEditorNotes(out: string): EditorNote[] {
  const dir = join(out, 'notes');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ file: shownPath(join(dir, name)), slug: name.slice(0, -'.mdx'.length), mdx: readFileSync(join(dir, name), 'utf8') }));
}

function main(args: string[]): number {
  const values = options(args);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const sourceDir = values.sources;
  if (!existsSync(sourceDir)) throw new MissingPath(`来源文件夹不存在：${sourceDir}`);
  const { sources, unread } = readSourcesFolder(sourceDir);
  if (sources.length === 0) throw new IngestError(sourceDir, 1, '来源文件夹里没有 .txt、.md、.markdown、.mdx 或 .org 文章');

  const lockPath = join(values.out, 'permalinks.json');
  const lock = existsSync(lockPath) ? lockSchema.parse(JSON.parse(readFileSync(lockPath, 'utf8'))) : EMPTY_LOCK;
  const overrides = loadOverrides(values.overrides);
  const vocabulary = readVocabulary(values.vocabulary);
  const examples = readExamples(values.examples);

  const result = ingest({ sources, lock, overrides, overridesFile: values.overrides, vocabulary, examples });
  result.report.warnings.push(...unread, ...editorNoteWarnings(readEditorNotes(values.out), result.entries));
  const elapsed = performance.now() - started;

  if (values.check) {
    const drift = diffOutput(values.out, result.files);
    const stale = [...drift.changed, ...drift.missing, ...drift.stale];
    if (stale.length > 0) {
      console.error(`ingest --check: ${values.out} 里的生成内容已过期（${stale.length} 个文件）。请运行 \`npm run ingest\` 并提交结果。`);
      for (const path of stale.slice(0, 20))
        console.error(`  ${drift.missing.includes(path) ? '缺少' : drift.stale.includes(path) ? '多余' : '改动'} ${path}`);
      return 1;
    }
    console.log(`ingest --check: ${result.files.size} 个生成文件都是最新的（用时 ${elapsed.toFixed(0)} ms）。`);
    return 0;
  }
  const drift = writeOutput(values.out, result.files);
  if (!values.quiet)
    console.log(
      formatReport(result.report, {
        entries: values.entries,
        overrides: values.overrides === 'none' || !overrides ? 'none' : shownPath(values.overrides),
      }),
    );
  else for (const w of result.report.warnings) console.warn(`ingest: 提醒: ${w.file}:${w.line}: ${w.message}`);
  // Files no longer generated are deleted: counted apart, or 「10 个文件，其中 12 个有变化」 reads wrong.
  const written = drift.changed.length + drift.missing.length;
  const removed = drift.stale.length > 0 ? `，删除 ${drift.stale.length} 个不再生成的文件` : '';
  console.log(
    `\n写入 ${shownPath(values.out)}：${result.files.size} 个文件，其中 ${written} 个有变化${removed}；用时 ${elapsed.toFixed(0)} ms。`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`ingest: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof IngestError || error instanceof MissingPath) {
    console.error(`ingest: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
