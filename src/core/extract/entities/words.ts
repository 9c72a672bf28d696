/** Word lists the entity patterns share, one file per kind under ./words/. Lower case. */

export { NAME_CONNECTORS, NOT_NAMES } from './words/names.js';
export { COMPANY_PLURALS, ORG_HEADS } from './words/orgs.js';
export { PLACE_ALIASES, PLACE_HEADS } from './words/places.js';
export { COURTESY, ROLE_HEADS, ROLE_MODIFIERS } from './words/roles.js';
export { THING_HEADS } from './words/things.js';
