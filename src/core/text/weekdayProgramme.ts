/**
 * A weekday, a part of the day and a capitalised word: the name of a programme or an event
 * ("Monday Night Football", "Saturday Night Live"), not a day and not a person. Written as a
 * date, the part of the day is lower case ("on Monday night").
 */
const PROGRAMME_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:Night|Morning|Evening|Afternoon) \p{Lu}/u;

/** Whether a weekday's programme name ("Monday Night Football") opens at `index` of the text. */
export function opensWeekdayProgramme(text: string, index: number): boolean {
  return PROGRAMME_NAME.test(text.slice(index, index + 24));
}
