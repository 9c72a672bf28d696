import { isRealDate } from '../../load/schema.js';

/** The small part of a DOM element the metadata readers use. */
export interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** The small part of a DOM document the metadata readers use. */
export interface MetaDocument {
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/**
 * The calendar day of a date string: as written when it starts with YYYY-MM-DD (the publisher's
 * own day), else as JavaScript reads it (RFC 822 dates of feeds), in UTC. Null when unreadable.
 */
export function calendarDay(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const written = ISO_DAY.exec(text)?.[1];
  if (written) return isRealDate(written) ? written : null;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const day = new Date(time).toISOString().slice(0, 10);
  return isRealDate(day) ? day : null;
}

/** `content` of the first `<meta>` whose property or name is one of `keys`. */
export function metaContent(document: MetaDocument, keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"]`) ?? document.querySelector(`meta[name="${key}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** `datePublished` anywhere in the page's JSON-LD blocks (objects, arrays and `@graph`). */
export function jsonLdDate(document: MetaDocument): string | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue; // a broken block does not hide the others
    }
    const found = findDatePublished(data);
    if (found) return found;
  }
  return null;
}

function findDatePublished(data: unknown): string | null {
  const queue: unknown[] = [data];
  for (let seen = 0; queue.length && seen < 1000; seen++) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (typeof record.datePublished === 'string') return record.datePublished;
      if (record['@graph']) queue.push(record['@graph']);
    }
  }
  return null;
}

/** The first `<time>` that says when the piece was published (itemprop first, then any with datetime). */
export function timeElementDate(document: MetaDocument): string | null {
  const element = document.querySelector('time[itemprop="datePublished"]') ?? document.querySelector('time[datetime]');
  return element?.getAttribute('datetime')?.trim() || element?.textContent?.trim() || null;
}

/** The publication day: `article:published_time`, then JSON-LD `datePublished`, then `<time>`. */
export function publicationDay(document: MetaDocument): string | null {
  const candidates = [
    metaContent(document, ['article:published_time', 'og:published_time', 'datePublished', 'date']),
    jsonLdDate(document),
    timeElementDate(document),
  ];
  for (const candidate of candidates) {
    const day = calendarDay(candidate);
    if (day) return day;
  }
  return null;
}
