/**
 * Practice data, derived from the same knowledge base the pages are built from, so a new article's
 * questions reach /practice/ with no other step. The question list is small and goes into the
 * practice page itself; answers (rendered HTML) go into one file per topic whose name carries a
 * hash of its content: the page and its answers always come from the same build, and a service
 * worker or CDN may keep such a file for good.
 */
import { createHash } from 'node:crypto';
import { knowledgeBase, provenanceLabel, questionPath } from '../kb.ts';
import { TOPIC_IDS, TOPICS } from '../topics.ts';
import { href } from '../url.ts';
import type { PracticeAnswers, PracticeCatalog } from './types.ts';

export interface AnswerFile {
  topic: string;
  /** `<topic>.<hash>`, the [file] param of src/pages/practice/answers/[file].json.ts. */
  name: string;
  body: string;
}

let cache: Promise<{ catalog: PracticeCatalog; files: AnswerFile[] }> | undefined;

async function build() {
  const { questions, articles } = await knowledgeBase();
  const files: AnswerFile[] = [];
  for (const topic of TOPIC_IDS) {
    const answers: PracticeAnswers = {};
    for (const q of questions.filter((x) => x.topic === topic)) {
      answers[`${q.topic}/${q.slug}`] = q.entries.map((e) => {
        const article = articles.find((a) => a.data.file === e.data.source.file);
        return {
          source: article?.data.title ?? e.data.source.file,
          label: provenanceLabel(article, e.data.source.index),
          url: `${href(questionPath(q))}#${e.data.anchor}`,
          truncated: e.data.truncated,
          html: e.rendered?.html ?? '',
        };
      });
    }
    const body = JSON.stringify(answers);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    files.push({ topic, name: `${topic}.${hash}`, body });
  }
  const catalog: PracticeCatalog = {
    questions: questions.map((q) => ({
      id: `${q.topic}/${q.slug}`,
      title: q.title,
      topic: q.topic,
      url: href(questionPath(q)),
      articles: [
        ...new Set(q.entries.map((e) => articles.find((a) => a.data.file === e.data.source.file)?.data.slug ?? e.data.source.file)),
      ],
    })),
    topics: TOPIC_IDS.map((id) => ({ id, name: TOPICS[id].name })),
    articles: articles.map((a) => ({ slug: a.data.slug, title: a.data.title })),
    answerFiles: Object.fromEntries(files.map((f) => [f.topic, href(`practice/answers/${f.name}.json`)])),
  };
  return { catalog, files };
}

export function practiceData() {
  cache ??= build();
  return cache;
}
