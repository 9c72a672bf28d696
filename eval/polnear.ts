import { annotate } from '../src/core/extract/annotate.js';
import { readJsonl } from './data.js';

interface Article {
  id: string;
  date: string;
  text: string;
}
interface GoldQuote {
  article_id: string;
  quote: string;
  speaker: string;
  quote_offset: number;
}

export interface QuoteScores {
  articles: number;
  gold: number;
  extracted: number;
  speakerRight: number;
}

const PRONOUN = /^(?:he|she|they|it|i|we|you|him|her|them|who|this|that|said)$/i;

/** Named-speaker direct quotes of PolNeAR: extracted (span overlap) and attributed to the right speaker. */
export function evalPolnear(limitArticles?: number): QuoteScores {
  const gold = readJsonl<GoldQuote>('dev/polnear_direct_quotes.jsonl').filter((q) => isNamed(q.speaker));
  const byArticle = new Map<string, GoldQuote[]>();
  for (const q of gold) byArticle.set(q.article_id, [...(byArticle.get(q.article_id) ?? []), q]);
  const ids = [...byArticle.keys()].slice(0, limitArticles);
  const wanted = new Set(ids);
  const articles = readJsonl<Article>('corpus/polnear_articles.jsonl').filter((a) => wanted.has(a.id));
  const scores: QuoteScores = { articles: articles.length, gold: 0, extracted: 0, speakerRight: 0 };
  for (const article of articles) {
    const quotes = annotate({ text: article.text, date: article.date }).quotes;
    for (const g of byArticle.get(article.id) ?? []) {
      scores.gold++;
      const start = g.quote_offset;
      const end = start + g.quote.length;
      const found = quotes.filter((q) => q.start < end && start < q.end);
      if (found.length === 0) continue;
      scores.extracted++;
      const surname = lastName(g.speaker);
      if (found.some((q) => [q.speaker, q.speakerSurface].some((s) => s && lastName(s) === surname))) scores.speakerRight++;
    }
  }
  return scores;
}

function isNamed(speaker: string): boolean {
  const first = speaker.trim().split(/\s+/)[0] ?? '';
  return /^\p{Lu}/u.test(speaker.trim()) && !PRONOUN.test(speaker.trim()) && !/^(?:The|A|An|One|Another|His|Her|Their|Some|Many|Most)$/.test(first);
}

/** The surname of a speaker; the gold span may go on with an appositive ("X, chairman of …"). */
function lastName(name: string): string {
  const words = name
    .split(/,|\(|\s+of\s+/)[0]!
    .trim()
    .replace(/[’']s$/, '')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Jr|Sr|II|III)\.?$/.test(w));
  return (words[words.length - 1] ?? name).replace(/[^\p{L}-]/gu, '').toLowerCase();
}
