/**
 * Remembers the latest ids it was shown, so an event the gateway delivers twice (a replay after
 * a resume, a zombie connection not yet closed) is handled once: a second `/report add` would
 * otherwise answer "already stored" for the report the first one just stored.
 */
export class SeenOnce {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 2000) {}

  /** True the first time `id` is shown; false while it is still remembered. */
  first(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}
