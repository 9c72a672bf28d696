import { initialsOf } from '../text/initialisms.js';
import type { EntityType } from '../types.js';

/** A name written as its capitals: "GM", "UAW", "U.S." (periods left out when compared). */
const INITIALISM = /^(?:\p{Lu}\.?){2,6}$/u;

/**
 * A day's names with each initialism counted under the one name of the day it stands for: "GM"
 * joins "General Motors", whatever kind the tagger gave the two letters, since the name written out
 * is the surer reading. With two names of those initials ("General Motors", "Green Mountain") which
 * one is meant is not known, and it stays apart.
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
      const target = fulls?.length === 1 && fulls[0]!.type !== 'person' ? fulls[0]! : { name, type };
      out[target.type].set(target.name, (out[target.type].get(target.name) ?? 0) + count);
    }
  }
  return out;
}
