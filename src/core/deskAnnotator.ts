import { annotateWithin } from './extract/annotateBudget.js';
import { defaultIndexOptions } from './index/indexOptions.js';
import type { Annotator } from './index/newsIndex.js';
import type { NewsdeskOptions } from './deskTypes.js';

/**
 * The extractors as the index calls them on this thread: a report whose annotation passes the
 * time budget stops there, is marked incomplete and is finished later in a worker.
 */
export function annotatorFor(options: Partial<NewsdeskOptions>): Annotator {
  const budgetMs = options.index?.annotationBudgetMs ?? defaultIndexOptions.annotationBudgetMs;
  return (report) => annotateWithin(report, budgetMs);
}

/**
 * Loads the extractors' models and word lists (they load on first use, about a second and a
 * half): the bot does it before it logs in, so its first answer or added report does not wait.
 */
export function loadExtractors(): void {
  annotateWithin({ text: 'Laura Cooper said on Monday in Baku: "Talks resume in May."', date: null }, 5000);
}
