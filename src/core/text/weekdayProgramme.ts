/** The weekdays as a name writes them, capitalised. */
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/**
 * A weekday, a part of the day and a capitalised word: the name of a programme or an event
 * ("Monday Night Football", "Saturday Night Live"), not a day and not a person. Written as a
 * date, the part of the day is lower case ("on Monday night").
 */
const PROGRAMME_NAME = new RegExp(`^${WEEKDAY} (?:Night|Morning|Evening|Afternoon) \\p{Lu}`, 'u');
/** A capitalised weekday and one space right before a place in the text. */
const WEEKDAY_BEFORE = new RegExp(`${WEEKDAY} $`, 'u');

/** Whether a weekday's programme name ("Monday Night Football") opens at `index` of the text. */
export function opensWeekdayProgramme(text: string, index: number): boolean {
  return PROGRAMME_NAME.test(text.slice(index, index + 24));
}

/**
 * Whether the words at `index` are the rest of a weekday's programme name, its weekday right
 * before them ("Night Football" after "Monday").
 */
export function continuesWeekdayProgramme(text: string, index: number): boolean {
  const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, index - 10), index));
  return before !== null && opensWeekdayProgramme(text, index - before[0].length);
}
