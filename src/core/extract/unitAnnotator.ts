import { boundedUnits, type UnitOptions } from '../text/units.js';
import type { Span } from '../text/sentences.js';
import type { Annotations, DateMention, EntityMention, Report } from '../types.js';
import { WEEKDAY_NAMES } from './dates/calendar.js';
import { extractDates } from './dates/dates.js';
import { bodyKinds, companyFullNames, loneKind, oneWordKinds } from './entities/canonical.js';
import { companyWords } from './entities/companyCues.js';
import { extractEntities } from './entities/entities.js';
import { extractQuotes } from './quotes/quotes.js';

/** People named in earlier units that a quotation's speaker ("he", "the senator") may refer to. */
const RECENT_PEOPLE = 20;
/** Distinct full names of earlier units that a surname in a later unit may complete. */
const KNOWN_FULL_NAMES = 50;

/**
 * Annotates a report one bounded unit at a time (see `boundedUnits`): each extractor sees
 * one unit's text, and its offsets are moved back to the report's. What crosses units is
 * kept small and bounded: the last people named (for "he said") and the first distinct full
 * names (so "Cooper" in a later unit is still "Laura Cooper"). `step` does one unit, so a
 * caller can stop or yield between units.
 */
export class UnitAnnotator {
  private readonly units: Span[];
  private next = 0;
  private readonly entities: EntityMention[] = [];
  private readonly dates: Annotations['dates'] = [];
  private readonly quotes: Annotations['quotes'] = [];
  private readonly recentPeople: EntityMention[] = [];
  private readonly fullNames = new Map<string, EntityMention>();
  private readonly surnames = new Map<string, string>();
  /** The people, organisations and places of the unit before this one. */
  private previousOwn: EntityMention[] = [];

  constructor(
    private readonly report: Pick<Report, 'text' | 'date'>,
    options: Partial<UnitOptions> = {},
  ) {
    this.units = boundedUnits(report.text, options);
  }

  /** Whether every unit is annotated. */
  get done(): boolean {
    return this.next >= this.units.length;
  }

  /** Units annotated so far, and in all. */
  get progress(): { done: number; total: number } {
    return { done: this.next, total: this.units.length };
  }

  /** Characters of the report covered by the units done (up to the end of the last one). */
  get coveredChars(): number {
    return this.next === 0 ? 0 : this.units[this.next - 1]!.end;
  }

  /** Annotates the next unit; false when there was none left. */
  step(): boolean {
    const unit = this.units[this.next];
    if (!unit) return false;
    const previous = this.units[this.next - 1];
    this.next++;
    const text = this.report.text.slice(unit.start, unit.end);
    const dates = extractDates(text, this.report.date);
    // a lone word that is a date ("Christmas", "Easter") is not a name, whatever the tagger read;
    // nor is the time zone of a clock time ("18:00 UTC", "9 a.m. EST")
    const isDate = (m: EntityMention) =>
      !m.text.includes(' ') && dates.some((d) => (d.start === m.start && d.end === m.end) || zoneOfTime(d, m));
    const found = extractEntities(text);
    const own = found.filter((m) => !isDate(m)).map((m) => this.canonical(moved(m, unit.start)));
    this.findQuotes(previous, unit, own);
    for (const date of dates) if (!weekdayInBodyName(date, found)) this.dates.push(moved(date, unit.start));
    this.previousOwn = own;
    this.entities.push(...own);
    this.remember(own);
    return true;
  }

  /**
   * Quotations that end in this unit, read over the previous unit and this one: a quotation
   * that runs over paragraphs across the units' border is found whole, and every quotation
   * is kept once (by the unit it ends in). Two units are at most a few thousand characters.
   */
  private findQuotes(previous: Span | undefined, unit: Span, own: EntityMention[]): void {
    const from = previous?.start ?? unit.start;
    // earlier units' people keep negative offsets here: they stand before the window
    const context = [...new Set([...this.fullNames.values(), ...this.recentPeople, ...this.previousOwn, ...own])]
      .sort((a, b) => a.start - b.start)
      .map((m) => moved(m, -from));
    for (const quote of extractQuotes(this.report.text.slice(from, unit.end), context)) {
      const placed = moved(quote, from);
      if (placed.end > unit.start || !previous) this.quotes.push(placed);
    }
  }

  /**
   * The annotations of the units done so far (all of them once `done`). A one-word person with no
   * full name takes the kind the word has in any unit ("Velmont" read as a body in the first), and
   * a company named alone takes the full name another unit gives it.
   */
  result(): Annotations {
    const bodies = bodyKinds(this.entities);
    // a company named in full in one unit is that company where a later unit names it alone
    const companies = companyFullNames(this.entities);
    const oneWord = oneWordKinds(this.entities);
    // a name one unit calls a company ("Magna, a parts company") is that company in every unit
    const cued = companyWords(this.report.text, this.entities);
    const entities = this.entities.map((m) => {
      const type = cued.has(m.text)
        ? 'organization'
        : m.type === 'person'
          ? loneKind(m, bodies)
          : (oneWord.get(m.text) ?? m.type);
      const text = (type === 'organization' && companies.get(m.text)) || m.text;
      return type === m.type && text === m.text ? m : { ...m, type, text };
    });
    return { entities, dates: [...this.dates], quotes: [...this.quotes] };
  }

  /** A lone surname or first name of a person named in full in an earlier unit takes the full name. */
  private canonical(mention: EntityMention): EntityMention {
    if (mention.type !== 'person' || mention.text.includes(' ')) return mention;
    const full = this.surnames.get(mention.text);
    return full ? { ...mention, text: full } : mention;
  }

  private remember(own: EntityMention[]): void {
    for (const mention of own) {
      if (mention.type !== 'person') continue;
      this.recentPeople.push(mention);
      if (!mention.text.includes(' ') || this.fullNames.has(mention.text)) continue;
      if (this.fullNames.size >= KNOWN_FULL_NAMES) continue;
      this.fullNames.set(mention.text, mention);
      const words = mention.text.split(' ');
      for (const word of [words[0]!, words[words.length - 1]!]) this.surnames.set(word, mention.text);
    }
    if (this.recentPeople.length > RECENT_PEOPLE) this.recentPeople.splice(0, this.recentPeople.length - RECENT_PEOPLE);
  }
}

function moved<T extends { start: number; end: number }>(item: T, by: number): T {
  return { ...item, start: item.start + by, end: item.end + by };
}

/** A word in capitals only, as time zones are abbreviated ("UTC", "GMT", "EST"). */
const ZONE_ABBREVIATION = /^[A-Z]{2,5}$/;

/** Whether a mention is the abbreviated time zone written inside a clock time. */
function zoneOfTime(date: DateMention, m: EntityMention): boolean {
  return date.type === 'time' && date.start <= m.start && m.end <= date.end && ZONE_ABBREVIATION.test(m.text);
}

/** A weekday inside a body's longer name ("The Sunday Express", "Monday Night Football") is no date. */
function weekdayInBodyName(date: DateMention, entities: EntityMention[]): boolean {
  // a weekday written alone, with its capital
  if (!WEEKDAY_NAMES.includes(date.text.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(date.text)) return false;
  return entities.some(
    (m) =>
      m.type === 'organization' && m.start <= date.start && date.end <= m.end && m.end - m.start > date.text.length,
  );
}
