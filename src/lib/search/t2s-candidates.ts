/**
 * Build time only: every Traditional (and Taiwan/Hong Kong variant) character OpenCC knows, with
 * its Simplified form. buildLexicon keeps the few hundred pairs that matter for this corpus, so
 * none of OpenCC's dictionaries reach the browser.
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { Converter } from 'opencc-js/t2cn';

export function* t2sCandidates(): Generator<[string, string]> {
  const converters = [Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'hk', to: 'cn' }), Converter({ from: 't', to: 'cn' })];
  const seen = new Set<string>();
  for (const dict of [TSCharacters, TWVariantsRev, HKVariantsRev]) {
    for (const pair of dict.split('|')) {
      const from = pair.split(' ')[0];
      if (!from || seen.has(from) || [...from].length !== 1) continue;
      seen.add(from);
      for (const convert of converters) {
        const to = convert(from);
        if (to !== from) yield [from, to];
      }
    }
  }
}
