import { initialsOf } from '../text/initialisms.js';
import type { EntityType } from '../types.js';

/** A name written as its capitals: "GM", "UAW", "U.S." (periods left out when compared). */
const INITIALISM = /^(?:\p{Lu}\.?){2,6}$/u;

/** A name the day writes this many times more than all other names of its initials together is the one meant. */
const DOMINANT = 3;

/**
 * A day's names with each initialism counted under the name of the day it stands for: "GM" joins
 * "General Motors", whatever kind the tagger gave the two letters, since the name written out is
 * the surer reading. With two names of those initials ("General Motors", "Green Mountain") the one
 * the day writes far more often is meant; when neither is, which one is meant is not known, and
 * the initialism stays apart.
 */
export function joinInitialisms(
  counts: Record<EntityType, Map<string, number>>,
): Record<EntityType, Map<string, number>> {
  const byInitials = new Map<string, Array<{ name: string; type: EntityType }>>();
  for (const [type, names] of Object.entries(counts) as Array<[EntityType, Map<string, number>]>) {
    for (const name of names.keys()) {
      const initials = initialsOf(name);
      if (initials) byInitials.set(initials, [...(byInitials.get(initials) ?? []), { name, type }]);
    }
  }
  const out: Record<EntityType, Map<string, number>> = { person: new Map(), organization: new Map(), place: new Map() };
  for (const [type, names] of Object.entries(counts) as Array<[EntityType, Map<string, number>]>) {
    for (const [name, count] of names) {
      const fulls = INITIALISM.test(name) ? byInitials.get(name.replace(/\./g, '')) : undefined;
      const meant = fulls && dominant(fulls, counts);
      const target = meant && meant.type !== 'person' ? meant : { name, type };
      out[target.type].set(target.name, (out[target.type].get(target.name) ?? 0) + count);
    }
  }
  return out;
}

/** The one name of several with the same initials that the day writes far more often than the others, if any. */
function dominant(
  names: Array<{ name: string; type: EntityType }>,
  counts: Record<EntityType, Map<string, number>>,
): { name: string; type: EntityType } | undefined {
  const counted = names
    .map((n) => ({ ...n, count: counts[n.type].get(n.name) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const [first, ...rest] = counted;
  const others = rest.reduce((sum, n) => sum + n.count, 0);
  return first && first.count >= DOMINANT * others ? { name: first.name, type: first.type } : undefined;
}
