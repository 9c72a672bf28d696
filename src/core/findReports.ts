import type { InspectResult } from './deskTypes.js';
import type { Annotations, Report } from './types.js';

/** Reports whose id or title contains `text` (all when it is empty), newest first, at most `limit`. */
export function findReportsIn(reports: Iterable<Report>, text: string, limit: number): Report[] {
  const wanted = text.trim().toLowerCase();
  const out: Report[] = [];
  for (const report of reports) {
    const matches = report.id.toLowerCase().includes(wanted) || report.title.toLowerCase().includes(wanted);
    if (!wanted || matches) out.push(report);
  }
  return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id)).slice(0, limit);
}

/** The newest report date among `reports`, or null when none has one. */
export function latestDateIn(reports: Iterable<Report>): string | null {
  let latest: string | null = null;
  for (const report of reports) if (report.date && (!latest || report.date > latest)) latest = report.date;
  return latest;
}

/** A report's origin and annotations, as `Newsdesk.inspect` gives them. */
export function inspectResult(report: Report, annotations: Annotations): InspectResult {
  const head: InspectResult['report'] = {
    id: report.id,
    date: report.date,
    title: report.title,
    file: report.origin.file,
  };
  if (report.source) head.source = report.source;
  if (report.url) head.url = report.url;
  return { report: head, ...annotations };
}
