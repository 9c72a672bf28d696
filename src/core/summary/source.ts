import type { AnswerOptions } from '../answer/options.js';
import type { AnswerKind, Annotations, AskResult, Report } from '../types.js';

/** What a summary reads of the desk that asks for it (the desk itself; kept narrow so this layer stays below it). */
export interface SummarySource {
  /** Makes the reports dated from `from` through `to` part of `reports()` (on a database, up to `most`). */
  holdDates(from: string, to: string, most: number): Promise<void>;
  /** Every report held now. */
  reports(): IterableIterator<Report>;
  /** A report's annotations, made now if need be. */
  annotations(reportId: string): Annotations;
  /** A search, for a channel's saved query. */
  ask(command: AnswerKind, query: string, options?: Partial<AnswerOptions>): AskResult;
}
