/**
 * Button ids of the pagers. They name only the page to show: what the message pages through
 * (question, options, asker or report) is kept by the bot's page store under the message id.
 * Answer: nd:a:<index>   Report: nd:r:<page>
 */
export interface PageTurn {
  kind: 'ask' | 'report';
  /** The 0-based page the button shows. */
  page: number;
}

/** The most answers or report pages one can page through by button. */
const MAX_PAGE = 999;

export function askPageId(index: number): string {
  return `nd:a:${index}`;
}

export function reportPageId(page: number): string {
  return `nd:r:${page}`;
}

/** Reads a button id; null for anything that is not ours or is malformed (such as an older format). */
export function parsePageId(id: string): PageTurn | null {
  const match = /^nd:([ar]):(\d{1,3})$/.exec(id);
  if (!match) return null;
  const page = Number(match[2]);
  if (page > MAX_PAGE) return null;
  return { kind: match[1] === 'a' ? 'ask' : 'report', page };
}
