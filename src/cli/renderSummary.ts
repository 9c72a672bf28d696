import type { DailySummary } from '../core/summary/summary.js';

/** A daily summary as terminal text. */
export function renderSummaryText(summary: DailySummary): string {
  if (summary.reportCount === 0) return `${summary.date}: no reports.`;
  const lines = [
    `Newsdesk daily summary · ${summary.date} · ${summary.reportCount} report${summary.reportCount === 1 ? '' : 's'}`,
    '',
  ];
  summary.stories.forEach((story, i) => {
    lines.push(`${i + 1}. ${story.title}`);
    for (const s of story.sentences) lines.push(`   ${s.text}`);
    lines.push(`   Sources: ${story.reportIds.join(', ')}`, '');
  });
  const names = (label: string, list: DailySummary['people']) =>
    list.length && lines.push(`${label}: ${list.map((n) => `${n.name} (${n.count})`).join(', ')}`);
  names('People', summary.people);
  names('Organisations', summary.organizations);
  names('Places', summary.places);
  if (summary.quotes.length) {
    lines.push('', 'Quotes:');
    for (const q of summary.quotes) lines.push(`  “${q.text}” — ${q.speaker} (${q.reportId})`);
  }
  return lines.join('\n');
}
