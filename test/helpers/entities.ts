import { extractEntities } from '../../src/core/extract/entities/entities.js';
import type { EntityType } from '../../src/core/types.js';

/** The names of one type that entity extraction finds in a text, as written in its mentions. */
export function namesOfType(text: string, type: EntityType): string[] {
  return extractEntities(text)
    .filter((m) => m.type === type)
    .map((m) => m.text);
}
