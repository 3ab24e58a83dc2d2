/** The components maintainer MDX may use without importing them (checked by remark-editorial-checks.ts). */
import AnswerRef from './AnswerRef.astro';
import Callout from './Callout.astro';
import Term from './Term.astro';

export const editorialComponents = { AnswerRef, Term, Callout };
