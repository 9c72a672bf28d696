import type { Report } from './types.js';

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
