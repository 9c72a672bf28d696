import type { PassageHit } from '../../index/newsIndex.js';
import type { Answer, Citation, NothingFound } from '../../types.js';
import { citeHit, round } from '../citation.js';
import type { RankCandidate } from './candidates.js';
import { calibrationInputs, confidence, MAX_MARGIN, rankScore, type LinearModel } from './model.js';

/** What an answer builder returns: the answers, best first, or why there are none. */
export interface BuiltAnswers {
  total: number;
  answers: Answer[];
  nothingFound?: NothingFound;
}

/** Passages shown when nothing is found. */
const CLOSEST_PASSAGES = 3;
/**
 * When at least this share of the question's words is in no report at all ("who won the
 * election?" over reports that never mention one), the reports are not about what is asked.
 */
const UNKNOWN_SHARE = 0.5;

/**
 * Scores each candidate by the model and orders them. When even the best falls below the
 * model's threshold, the reports do not answer the question: no answer, the closest passages instead.
 */
export function decide(
  candidates: RankCandidate[],
  hits: PassageHit[],
  model: LinearModel,
  limit: number,
): BuiltAnswers {
  const ranked = candidates
    .map((c) => ({ candidate: c, raw: rankScore(model.weights, c.features) }))
    .sort((a, b) => b.raw - a.raw || a.candidate.answer.text.localeCompare(b.candidate.answer.text));
  // each answer's confidence from its score and its lead over the next one
  const scored = ranked.map(({ candidate, raw }, i) => {
    const next = ranked[i + 1]?.raw;
    const inputs = calibrationInputs(raw, next === undefined ? MAX_MARGIN : raw - next, candidate.features);
    return { ...candidate.answer, score: round(confidence(model.calibration, inputs)) };
  });
  const best = scored[0]?.score ?? 0;
  const unknown = ranked[0]?.candidate.features.unknown ?? 0;
  if (best < model.threshold || unknown >= UNKNOWN_SHARE) {
    const closest = closestPassages(hits).map((hit) => citeHit(hit));
    const reason = best < model.threshold ? 'confidence' : 'unknown-words';
    return { total: 0, answers: [], nothingFound: { confidence: best, threshold: model.threshold, reason, closest } };
  }
  const answers = spreadOverReports(distinctSpans(distinctTexts(scored)));
  // shown scores never rise down the list, which keeps the order shown
  for (let i = 1; i < answers.length; i++) answers[i]!.score = Math.min(answers[i]!.score, answers[i - 1]!.score);
  return { total: answers.length, answers: answers.slice(0, limit) };
}

/**
 * The passages shown with "nothing found": the best passage of each report, best first, for as
 * many reports as the search found (up to `CLOSEST_PASSAGES`); the next best passages fill the rest.
 * Three passages of one report would hide the other reports that might hold the answer.
 */
export function closestPassages(hits: PassageHit[], count = CLOSEST_PASSAGES): PassageHit[] {
  const reports = new Set<string>();
  const firsts: PassageHit[] = [];
  for (const hit of hits) {
    if (firsts.length === count) break;
    if (reports.has(hit.report.id)) continue;
    reports.add(hit.report.id);
    firsts.push(hit);
  }
  const rest = hits.filter((hit) => !firsts.includes(hit)).slice(0, count - firsts.length);
  return [...firsts, ...rest].sort((a, b) => hits.indexOf(a) - hits.indexOf(b));
}

/**
 * The first answer of each text: two candidates may read the same ("Ann Roe and Tom Hale"
 * answers for each of the two), and the reader needs it once.
 */
export function distinctTexts(ranked: Answer[]): Answer[] {
  const seen = new Set<string>();
  return ranked.filter((answer) => {
    const key = answer.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The first answer of each place in a report: "elderly nurses" and "nurses" point at the
 * same words, and the one ranked lower would only take a place another report could have.
 */
export function distinctSpans(ranked: Answer[]): Answer[] {
  const kept: Citation[] = [];
  return ranked.filter((answer) => {
    const at = answer.citations[0];
    if (at?.answerStart === undefined || at.answerEnd === undefined) return true;
    const overlaps = (c: Citation) =>
      c.reportId === at.reportId && c.answerStart! < at.answerEnd! && at.answerStart! < c.answerEnd!;
    if (kept.some(overlaps)) return false;
    kept.push(at);
    return true;
  });
}

/** The first answers a reader sees are drawn from different reports where the candidates allow. */
export const SPREAD_ANSWERS = 3;
/**
 * An answer from a report not cited yet moves up to the next place only when its confidence is at
 * least this share of the next answer's. Below it, the next answer is much likelier right, and
 * skipping it would hide the answer to show a report (tune parts of SQuAD who and when: spreading
 * with no floor put the right answer among the first three 7 to 13 points less often than not
 * spreading at all; with 0.3, 1 to 5 points, and the right report is among them as often as before).
 */
export const SPREAD_CONFIDENCE_SHARE = 0.3;

/**
 * The best answer first, then for each of the next places up to `SPREAD_ANSWERS` the best answer
 * first cited from a report not cited yet, when it is nearly as likely as the next one (see
 * `SPREAD_CONFIDENCE_SHARE`); else the next best. The rest in ranked order. Three names from one
 * passage would hide the other reports the search found.
 */
export function spreadOverReports(ranked: Answer[], places = SPREAD_ANSWERS): Answer[] {
  const rest = ranked.slice();
  const shown: Answer[] = [];
  const reports = new Set<string>();
  while (shown.length < places && rest.length > 0) {
    const fresh = rest.findIndex((a) => !reports.has(a.citations[0]?.reportId ?? ''));
    const at = fresh > 0 && rest[fresh]!.score >= SPREAD_CONFIDENCE_SHARE * rest[0]!.score ? fresh : 0;
    const [answer] = rest.splice(at, 1);
    shown.push(answer!);
    reports.add(answer!.citations[0]?.reportId ?? '');
  }
  return [...shown, ...rest];
}
