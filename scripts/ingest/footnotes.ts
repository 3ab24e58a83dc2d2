/**
 * An article's footnotes (`正文[^1]` … `[^1]: 出处`) belong to the whole article, but the article is
 * published in parts: a question's answer cites a footnote whose definition sits at the end, in
 * another part. Each part therefore carries a copy of every definition it cites and does not hold,
 * so its page renders the footnote instead of a literal 「[^1]」 and no text is lost.
 */
import type { FootnoteDefinition, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

interface Part {
  body: RootContent[];
}

export function carryFootnotes(parts: readonly Part[]): void {
  const definitions = new Map<string, FootnoteDefinition>();
  for (const part of parts)
    for (const node of part.body)
      visit(node, 'footnoteDefinition', (d) => void (definitions.has(d.identifier) || definitions.set(d.identifier, d)));
  if (definitions.size === 0) return;
  for (const part of parts) {
    const cited = new Set<string>();
    const held = new Set<string>();
    for (const node of part.body) {
      visit(node, 'footnoteReference', (r) => void cited.add(r.identifier));
      visit(node, 'footnoteDefinition', (d) => void held.add(d.identifier));
    }
    for (const id of cited) {
      const definition = definitions.get(id);
      if (definition && !held.has(id)) part.body.push(structuredClone(definition));
    }
  }
}
