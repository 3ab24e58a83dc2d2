/**
 * A VitePress or VuePress page is a Vue component: a `<script setup>` block at the top level holds
 * the page's code (imports, state for its components) and a `<style scoped>` / `<style module>`
 * block its presentation. The page shows neither, so neither does the knowledge base: the blocks
 * are left out and the ingest report names them (articles.ts), and conserve.ts does not count their
 * lines as text. Only blocks whose opening tag starts a top-level block and whose closing tag ends
 * one, with Vue's own attributes (`setup`, `scoped`, `module`), are read so: a bare `<script>` or
 * `<style>` anywhere stays visible text, as any other HTML that could run or restyle the page.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';

const OPENING = /^(?:<script\b[^>]*\bsetup\b[^>]*>|<style\b[^>]*\b(?:scoped|module)\b[^>]*>)/iu;

export interface VuePageBlock {
  /** The opening tag as written (`<script setup lang="ts">`). */
  tag: string;
  /** 1-based lines of its opening and closing tags. */
  start: number;
  end: number;
  /** Indices of the top-level nodes it spans. */
  from: number;
  to: number;
}

/** The page-code blocks among a parsed source's top-level nodes (`source` is the text it was parsed from). */
export function vuePageBlocks(tree: Root, source: string): VuePageBlock[] {
  const blocks: VuePageBlock[] = [];
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const start = nodes[i]!.position?.start;
    if (start?.offset === undefined || start.column !== 1) continue;
    const opening = OPENING.exec(source.slice(start.offset, start.offset + 200));
    if (!opening) continue;
    const closing = `</${/^<(\w+)/u.exec(opening[0])![1]!.toLowerCase()}>`;
    const at = source.toLowerCase().indexOf(closing, start.offset + opening[0].length);
    if (at === -1) continue;
    const after = at + closing.length;
    // The closing tag must end the top-level node it is in, so that the block is whole nodes.
    let to = i;
    while (to < nodes.length && (nodes[to]!.position?.end.offset ?? Infinity) < after) to++;
    const last = nodes[to]?.position?.end;
    if (last?.offset === undefined || source.slice(after, last.offset).trim() !== '') continue;
    blocks.push({ tag: opening[0], start: start.line, end: last.line, from: i, to });
    i = to;
  }
  return blocks;
}

export const remarkVuePageBlocks: Plugin<[], Root> = function () {
  return (tree, file) => {
    const blocks = vuePageBlocks(tree, String(file.value));
    for (const block of blocks.reverse()) tree.children.splice(block.from, block.to - block.from + 1);
  };
};
