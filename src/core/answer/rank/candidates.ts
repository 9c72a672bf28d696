import type { PassageHit } from '../../index/newsIndex.js';
import type { Answer, Citation } from '../../types.js';
import { citeHit } from '../citation.js';
import { mergeMax, type Features } from './features.js';

/** One answer the reports could give, with the features the model scores it by. */
export interface RankCandidate {
  answer: Answer;
  features: Features;
  /** Passages naming it. */
  support: number;
  /** Of each citation, how well its passage matched the question in the search (to order them). */
  fits: number[];
}

/** Candidates merged by key: features by maximum, support counted, citations best first. */
export class CandidatePool {
  private readonly byKey = new Map<string, RankCandidate>();

  constructor(private readonly maxCitations: number) {}

  add(
    key: string,
    make: () => Omit<Answer, 'citations'>,
    features: Features,
    hit: PassageHit,
    span: { start: number; end: number },
  ): void {
    const citation = citeHit(hit, span);
    // the passage the search ranks best cites first: the report most about the question, where a
    // name or date is found in several (tune parts: more right reports among the top 3 answers)
    const fit = features.passage ?? 0;
    let candidate = this.byKey.get(key);
    if (!candidate) {
      candidate = { answer: { ...make(), citations: [] }, features: { ...features }, support: 0, fits: [] };
      this.byKey.set(key, candidate);
    } else {
      const bestFit = candidate.fits[0] ?? -Infinity;
      // the answer text and its details follow the mention that fits the question best
      if (fit > bestFit) Object.assign(candidate.answer, { ...make(), citations: candidate.answer.citations });
      mergeMax(candidate.features, features);
    }
    candidate.support++;
    addCitation(candidate, citation, fit, this.maxCitations);
  }

  /** The candidates with their support as a feature. */
  list(): RankCandidate[] {
    return [...this.byKey.values()].map((c) => ({
      ...c,
      features: { ...c.features, support: Math.log1p(c.support - 1) },
    }));
  }
}

function addCitation(candidate: RankCandidate, citation: Citation, fit: number, max: number): void {
  const same = (c: Citation) =>
    c.reportId === citation.reportId && c.start === citation.start && c.answerStart === citation.answerStart;
  if (candidate.answer.citations.some(same)) return;
  let at = candidate.fits.findIndex((f) => fit > f);
  if (at < 0) at = candidate.fits.length;
  candidate.fits.splice(at, 0, fit);
  candidate.answer.citations.splice(at, 0, citation);
  candidate.fits.length = Math.min(candidate.fits.length, max);
  candidate.answer.citations.length = Math.min(candidate.answer.citations.length, max);
}
