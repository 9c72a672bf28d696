import { annotateWithin } from './extract/annotateBudget.js';
import { defaultIndexOptions } from './index/indexOptions.js';
import type { Annotator } from './index/newsIndex.js';
import type { NewsdeskOptions } from './deskTypes.js';
import { loadNounKinds } from './text/nounKinds.js';

/**
 * The extractors as the index calls them on this thread: a report whose annotation passes the
 * time budget stops there, is marked incomplete and is finished later in a worker.
 */
export function annotatorFor(options: Partial<NewsdeskOptions>): Annotator {
  const budgetMs = options.index?.annotationBudgetMs ?? defaultIndexOptions.annotationBudgetMs;
  return (report) => annotateWithin(report, budgetMs);
}

/**
 * A short report in the usual shape of news, written for this purpose: names, organisations,
 * places, dates of several kinds, numbers and quotations, so that warming up runs every extractor.
 */
const WARM_UP_REPORT = [
  'BAKU, March 3 (Newsdesk) - The Minister of Defense, Colonel General Anna Petrova, met on Monday with a',
  'delegation led by U.S. Deputy Assistant Secretary Laura Cooper and officials of the United Nations and Acme Corp.',
  '"Talks will resume in May, after a pause of two weeks," Petrova told reporters at the ministry in Baku.',
  'Cooper said the agreement, first signed on December 4, 2018, would be reviewed every year until 2025.',
  'Last week the central bank raised rates by 0.5 percent to 7.25 pct, the highest since the 1990s;',
  "shares of Acme rose 3 percent to $42.10 in New York. 'We expect growth in the second quarter,' a spokesman said.",
  'According to Reuters, President John Smith will visit London and Paris next Tuesday for three days.',
  // a quoted term no rule gives a speaker: every speaker rule runs on it, and the long ones are
  // compiled here (tens of milliseconds each) rather than in the first answer that meets one
  'Its officers serve in the "Steady Hand" mission of the alliance in the region.',
].join(' ');

/** Times the warm-up report is annotated: the engine compiles the extractors' hot paths after a few runs. */
const WARM_UP_ROUNDS = 3;

/**
 * Loads the extractors' models and word lists (they load on first use, about a second and a
 * half) and runs them a few times, and reads the nouns table the who-answers use (about 20 ms):
 * the bot does it before it logs in, so its first answer or added report does not wait, and
 * answers made on the spot run compiled code from the start.
 */
export function loadExtractors(): void {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    annotateWithin({ text: WARM_UP_REPORT, date: round === 0 ? null : '2019-03-03' }, 5000);
  }
  loadNounKinds();
}
