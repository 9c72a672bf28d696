/**
 * A day's people counted under their full names: a surname alone ("Roe", from a report that never
 * gives the full name) joins the one full name of the day that ends with it ("Ann Roe"); with
 * two such names ("Ann Roe", "Tom Roe") which one is meant is not known and it stays apart.
 */
export function joinSurnames(counts: Map<string, number>): Map<string, number> {
  const fullNamesBySurname = new Map<string, string[]>();
  for (const name of counts.keys()) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    const surname = words[words.length - 1]!;
    fullNamesBySurname.set(surname, [...(fullNamesBySurname.get(surname) ?? []), name]);
  }
  const joined = new Map<string, number>();
  for (const [name, count] of counts) {
    const fulls = name.includes(' ') ? undefined : fullNamesBySurname.get(name);
    const key = fulls?.length === 1 ? fulls[0]! : name;
    joined.set(key, (joined.get(key) ?? 0) + count);
  }
  return joined;
}
