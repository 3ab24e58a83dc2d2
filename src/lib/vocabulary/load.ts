/**
 * The project's vocabulary, read once per build process (pages and ingestion share it).
 */
import { readFileSync } from 'node:fs';
import { VocabularyMatcher } from './match.ts';
import { parseVocabulary } from './parse.ts';

export const VOCABULARY_FILE = 'content/vocabulary.yaml';

const cache = new Map<string, VocabularyMatcher>();

export function loadVocabulary(file = VOCABULARY_FILE): VocabularyMatcher {
  let matcher = cache.get(file);
  if (!matcher) {
    matcher = new VocabularyMatcher(parseVocabulary(readFileSync(file, 'utf8'), file));
    cache.set(file, matcher);
  }
  return matcher;
}
