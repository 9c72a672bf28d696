/**
 * Whether a name is part of the title the reports give someone the question names: "the Minister of
 * Defense of the Republic of Azerbaijan, Zakir Hasanov" makes the republic a word about Hasanov,
 * and no answer to "who met Zakir Hasanov?". `askedRoles` are the roles of the entities the
 * question names, as the report gives them.
 */
export function inAskedRole(name: string, askedRoles: string[]): boolean {
  return askedRoles.some((role) => role.includes(name));
}
