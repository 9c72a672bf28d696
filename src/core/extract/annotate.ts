import type { UnitOptions } from '../text/units.js';
import type { Annotations, Report } from '../types.js';
import { UnitAnnotator } from './unitAnnotator.js';

/**
 * People, organisations, places, dates and quotations of one report, found one bounded unit
 * at a time (so the work is linear in the report's length, whatever its shape).
 */
export function annotate(report: Pick<Report, 'text' | 'date'>, units: Partial<UnitOptions> = {}): Annotations {
  const annotator = new UnitAnnotator(report, units);
  while (annotator.step());
  return annotator.result();
}
