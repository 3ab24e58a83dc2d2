/**
 * Chinese word segmentation for search, with the browser's (and Node's) Intl.Segmenter: how the
 * client cuts a query into words, and how the build counts which words are on most pages.
 */
let segmenter: Intl.Segmenter | undefined;

/** The words of a run of text (punctuation and spaces dropped); the run itself where Intl.Segmenter is missing. */
export function words(run: string): string[] {
  // Every current browser has Intl.Segmenter; without it the run is searched whole.
  if (typeof Intl.Segmenter !== 'function') return [run];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(run)].filter((s) => s.isWordLike !== false).map((s) => s.segment);
}
