import type { AlternateTerm } from '../text/initialisms.js';
import type { SearchFilter } from './indexOptions.js';
import type { QueryPlan } from './queryPlan.js';

/**
 * What picks a question's candidate reports: the in-memory MiniSearch index (PassageSearch,
 * the default) or PostgreSQL (PostgresBackend). Both are given the same processed terms
 * and filter; passage ranking, annotation, answers and citations stay shared above them.
 */
export interface SearchBackend {
  /** How many reports of the whole corpus hold `term` (0 when none). */
  frequency(term: string): number;
  /**
   * The candidate reports of a planned question, by store number, with their scores; adds the
   * index terms that the question's longer words expanded to (`plan.weights`).
   * A backend whose data is elsewhere throws `DataNeeded` when it has not fetched it yet.
   */
  candidates(plan: QueryPlan, filter: SearchFilter): Map<number, number>;
}

/** A question a backend must fetch data for before it can answer synchronously. */
export interface SearchRequest {
  /** The question's processed terms. */
  terms: string[];
  /** Terms searched beside them, each standing for one of them ("ceo" for "lead" in "who leads …"). */
  also: readonly AlternateTerm[];
  /** Its dates and report restriction. */
  filter: SearchFilter;
}

/** Thrown by a backend whose candidates are not at hand: the desk fetches them, then asks again. */
export class DataNeeded extends Error {
  constructor(readonly request: SearchRequest) {
    super('the search backend must fetch this question first');
    this.name = 'DataNeeded';
  }
}

/** The key of a request: the same terms and filter give the same candidates. */
export function requestKey(request: SearchRequest): string {
  const { from, to, reports } = request.filter;
  return JSON.stringify([request.terms, request.also, from ?? null, to ?? null, reports ?? null]);
}
