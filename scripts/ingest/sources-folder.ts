/**
 * The sources folder as ingestion reads it: the article files at its top level. Anything else a
 * maintainer put there (a Word document, an AsciiDoc file, a sub-folder of articles) would
 * otherwise vanish without a word, so each is named in the report with what to do about it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { IngestWarning } from './errors.ts';
import type { SourceFile } from './articles.ts';

export const SOURCE_EXTENSIONS = /\.(?:txt|md|markdown|mdx|org)$/iu;

/** Formats pandoc turns into Markdown; the advice names the command. */
const CONVERTIBLE = new Set(['.docx', '.odt', '.adoc', '.asciidoc', '.rst', '.html', '.htm', '.tex', '.ipynb', '.epub', '.textile']);

function adviceFor(name: string): string {
  const extension = extname(name).toLowerCase();
  if (CONVERTIBLE.has(extension)) return `请先转成 Markdown，例如 pandoc -t gfm -o ${name.slice(0, -extension.length)}.md ${name}`;
  return '文章须是 .txt、.md、.markdown、.mdx 或 .org 文件';
}

export function readSourcesFolder(dir: string): { sources: SourceFile[]; unread: IngestWarning[] } {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const sources: SourceFile[] = [];
  const unread: IngestWarning[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) unread.push({ file: entry.name, line: 1, message: '未读取的文件夹：只摄取来源文件夹顶层的文章' });
    else if (!SOURCE_EXTENSIONS.test(entry.name)) unread.push({ file: entry.name, line: 1, message: `未读取：${adviceFor(entry.name)}` });
    else sources.push({ file: entry.name, bytes: new Uint8Array(readFileSync(join(dir, entry.name))) });
  }
  return { sources, unread };
}
