// Calendar values as a reader writes them, for the bot's replies.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * "2018-12-04" → "4 December 2018"; "2018-12" → "December 2018"; a year the report does not give
 * (XXXX) is left out ("XXXX-12-03" → "3 December"), a weekday ("XXXX-WXX-1") reads "a Monday" and
 * "BC0430" "430 BC".
 */
export function readableDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (m === 'WXX') return `a ${WEEKDAYS[Number(d) - 1] ?? 'weekday'}`;
  if (y?.startsWith('BC')) return `${Number(y.slice(2))} BC`;
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  const year = y === 'XXXX' ? '' : ` ${y}`;
  if (d && month) return `${Number(d)} ${month}${year}`;
  if (month) return `${month}${year}`;
  return y ?? value;
}
