import type { Annotations, Report } from '../types.js';
import { extractDates } from './dates/dates.js';
import { extractEntities } from './entities/entities.js';
import { extractQuotes } from './quotes/quotes.js';

/** People, organisations, places, dates and quotations of one report. */
export function annotate(report: Pick<Report, 'text' | 'date'>): Annotations {
  const entities = extractEntities(report.text);
  return {
    entities,
    dates: extractDates(report.text, report.date),
    quotes: extractQuotes(report.text, entities),
  };
}
