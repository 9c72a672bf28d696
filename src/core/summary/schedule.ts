import { Cron } from 'croner';

/** When the daily summary is due: a local time in a time zone. */
export interface SummarySlot {
  /** HH:MM */
  time: string;
  /** IANA zone */
  timezone: string;
}

const HOUR = 3_600_000;

/** The cron pattern of the slot ("30 18 * * *"). */
export function cronPattern(slot: SummarySlot): string {
  const [h, m] = slot.time.split(':').map(Number);
  return `${m} ${h} * * *`;
}

/**
 * The latest slot instant at or before `now`, or null when there was none in the last 48 hours.
 * Croner does the calendar work, daylight-saving changes included: a time that does not exist
 * that day runs once after the jump, a time that occurs twice runs once.
 */
export function lastSlotAtOrBefore(now: Date, slot: SummarySlot): Date | null {
  const cron = new Cron(cronPattern(slot), { timezone: slot.timezone, paused: true });
  let cursor = new Date(now.getTime() - 48 * HOUR);
  let last: Date | null = null;
  for (;;) {
    const next = cron.nextRun(cursor);
    if (!next || next.getTime() > now.getTime()) break;
    last = next;
    cursor = next;
  }
  cron.stop();
  return last;
}

/**
 * The day a post at `slot` covers: the day that is ending in the slot's time zone, which is
 * the local date six hours before the slot (18:00 covers that day; 00:30 covers the day before).
 */
export function dayCovered(slotInstant: Date, timezone: string): string {
  const shifted = new Date(slotInstant.getTime() - 6 * HOUR);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(shifted);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}
