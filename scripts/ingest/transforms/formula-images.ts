/**
 * Formulas that an editor exported as pictures of themselves, with the TeX in the picture's address:
 * Yuque (`https://cdn.nlark.com/yuque/__latex/….svg#card=math&code=O%28n%5E2%29`), Zhihu
 * (`https://www.zhihu.com/equation?tex=…`) and Jianshu (`https://math.jianshu.com/math?formula=…`).
 * They become the inline formulas they are, rendered by KaTeX like any `$…$` of a source, instead of
 * links to images a reading page must not fetch (neutralise-links.ts).
 */
import type { Root } from 'mdast';
import type { InlineMath } from 'mdast-util-math';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Where each editor keeps the TeX: the address's host and path, and the parameter in its query or fragment. */
const FORMULA_SERVICES: { address: RegExp; part: 'search' | 'hash'; parameter: string }[] = [
  { address: /^https?:\/\/cdn\.nlark\.com\/yuque\/__latex\//u, part: 'hash', parameter: 'code' },
  { address: /^https?:\/\/(?:www\.)?zhihu\.com\/equation\?/u, part: 'search', parameter: 'tex' },
  { address: /^https?:\/\/math\.jianshu\.com\/math\?/u, part: 'search', parameter: 'formula' },
];

/** The TeX a formula image's address carries, or null for any other image. */
export function formulaOfImage(url: string): string | null {
  const service = FORMULA_SERVICES.find((s) => s.address.test(url.trim()));
  if (!service) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const tex = new URLSearchParams(parsed[service.part].slice(1)).get(service.parameter)?.trim();
  // A broken escape decodes to U+FFFD: that address carries no formula we can read whole.
  return tex && !tex.includes('\uFFFD') ? tex : null;
}

export const remarkFormulaImages: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'image', (node, index, parent) => {
      if (parent === undefined || index === undefined) return undefined;
      const tex = formulaOfImage(node.url);
      if (tex === null) return undefined;
      const math: InlineMath = { type: 'inlineMath', value: tex };
      parent.children.splice(index, 1, math);
      return SKIP;
    });
  };
};
