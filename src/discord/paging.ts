import type { AnswerKind } from '../core/types.js';

/**
 * Button ids carry everything a page needs except the query, which the message's own
 * embed holds; so paging needs no memory and still works after a restart.
 * Ask:    nd:a:<command>:<ownerId>:<index>:<from>:<to>:<speaker>
 * Report: nd:r:<ownerId>:<page>
 */
export interface AskPage {
  kind: 'ask';
  command: AnswerKind;
  owner: string;
  index: number;
  from?: string;
  to?: string;
  speaker?: string;
}

export interface ReportPage {
  kind: 'report';
  owner: string;
  page: number;
}

const MAX_ID = 100;

export function askPageId(page: Omit<AskPage, 'kind'>): string {
  const date = (d?: string) => (d ? d.replace(/-/g, '') : '');
  const base = `nd:a:${page.command}:${page.owner}:${page.index}:${date(page.from)}:${date(page.to)}:`;
  return base + (page.speaker ?? '').replace(/:/g, ' ').slice(0, MAX_ID - base.length);
}

export function reportPageId(owner: string, page: number): string {
  return `nd:r:${owner}:${page}`;
}

/** Reads a button id; null for anything that is not ours or is malformed. */
export function parsePageId(id: string): AskPage | ReportPage | null {
  const parts = id.split(':');
  if (parts[0] !== 'nd') return null;
  if (parts[1] === 'r' && parts.length === 4 && /^\d+$/.test(parts[2]!) && /^\d+$/.test(parts[3]!)) {
    return { kind: 'report', owner: parts[2]!, page: Number(parts[3]) };
  }
  if (parts[1] !== 'a' || parts.length < 8) return null;
  const [, , command, owner, index, from, to] = parts;
  if (!['who', 'when', 'quote', 'search'].includes(command!) || !/^\d+$/.test(owner!) || !/^\d+$/.test(index!)) return null;
  const date = (d?: string) => (d && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : undefined);
  const page: AskPage = { kind: 'ask', command: command as AnswerKind, owner: owner!, index: Number(index) };
  const f = date(from);
  const t = date(to);
  const speaker = parts.slice(7).join(':');
  if (f) page.from = f;
  if (t) page.to = t;
  if (speaker) page.speaker = speaker;
  return page;
}
