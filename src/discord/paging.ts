/**
 * Button ids of the pagers. They name only the page to show: what the message pages through
 * (question, options, asker or report) is kept by the bot's page store under the message id.
 * Answer: nd:a:<index>   Report: nd:r:<page>   Feedback on the answer shown: nd:f:<up|down>:<index>
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

/** A 👍 or 👎 on one answer of a message. */
export interface FeedbackPress {
  verdict: 'up' | 'down';
  /** The 0-based answer the message showed when the button was drawn. */
  index: number;
}

export function feedbackId(verdict: FeedbackPress['verdict'], index: number): string {
  return `nd:f:${verdict}:${index}`;
}

/** Reads a feedback button id; null for anything else. */
export function parseFeedbackId(id: string): FeedbackPress | null {
  const match = /^nd:f:(up|down):(\d{1,3})$/.exec(id);
  if (!match) return null;
  const index = Number(match[2]);
  return index > MAX_PAGE ? null : { verdict: match[1] as FeedbackPress['verdict'], index };
}
