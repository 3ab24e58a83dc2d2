/**
 * npm run topic-examples — counts the words of hand-labelled example questions per topic into
 * content/topic-examples.json, which ingestion reads as a second vote on topics (see
 * scripts/ingest/classify/examples.ts).
 *
 *   node scripts/topic-examples.ts --sources DIR [--sources DIR …] --labels FILE [--labels FILE …] [--out FILE] [--vocabulary FILE]
 *
 * The first sources folder holds the knowledge base's own articles; the label tables and what is
 * counted from them are described in scripts/labels/examples.ts. The vocabulary (content/vocabulary.yaml)
 * gives the measures the known questions' join model is trained on (scripts/ingest/join-model.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serializeTopicExamples } from './ingest/classify/examples.ts';
import { IngestError } from './ingest/errors.ts';
import { readSourcesFolder } from './ingest/sources-folder.ts';
import { buildTopicExamples } from './labels/examples.ts';
import { parseVocabulary } from '../src/lib/vocabulary/parse.ts';

const USAGE =
  'Usage: node scripts/topic-examples.ts --sources DIR [--sources DIR …] --labels FILE [--labels FILE …] [--out FILE] [--vocabulary FILE]';

function main(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      sources: { type: 'string', multiple: true },
      labels: { type: 'string', multiple: true },
      out: { type: 'string', default: 'content/topic-examples.json' },
      vocabulary: { type: 'string', default: 'content/vocabulary.yaml' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.sources?.length || !values.labels?.length) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const sources = values.sources.flatMap((dir) => {
    if (!existsSync(dir)) throw new IngestError(dir, 1, 'sources folder does not exist');
    return readSourcesFolder(dir).sources.map((source) => ({ ...source, dir }));
  });
  const model = buildTopicExamples(
    sources.map((s) => ({ file: s.file, bytes: s.bytes, own: s.dir === values.sources?.[0] })),
    values.labels,
    'Words of hand-labelled example questions per topic, and the known questions (scripts/topic-examples.ts). Generated: do not edit; rebuild with npm run topic-examples.',
    parseVocabulary(readFileSync(values.vocabulary, 'utf8'), values.vocabulary),
  );
  writeFileSync(values.out, serializeTopicExamples(model));
  console.log(
    `topic-examples: ${Object.values(model.items).reduce((a, b) => a + b, 0)} labelled questions from ${model.sources.length} articles, ${Object.keys(model.features).length} features, ` +
      `${model.known.questions.length} known questions (${model.known.questions.filter((q) => q.at.length > 1).length} with other wordings) → ${values.out}`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof IngestError) {
    console.error(`topic-examples: ${error.message}`);
    process.exitCode = 1;
  } else throw error;
}
