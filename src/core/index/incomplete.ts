import type { Annotations } from '../types.js';

/** Whether annotations stored as JSON are marked incomplete (read from their start only). */
export function isIncompleteJson(json: string): boolean {
  return json.startsWith('{"incomplete":true');
}

/**
 * The reports whose annotations were cut by the time budget, for `/status` and a log line:
 * `onMarked` is called once each time a report joins.
 */
export class IncompleteAnnotations {
  private readonly ids = new Set<string>();
  onMarked: ((reportId: string) => void) | null = null;

  get count(): number {
    return this.ids.size;
  }

  has(reportId: string): boolean {
    return this.ids.has(reportId);
  }

  /** Records a report's annotations as stored: marked incomplete or not. */
  update(reportId: string, annotations: Pick<Annotations, 'incomplete'>): void {
    if (!annotations.incomplete) {
      this.ids.delete(reportId);
      return;
    }
    if (this.ids.has(reportId)) return;
    this.ids.add(reportId);
    this.onMarked?.(reportId);
  }

  delete(reportId: string): void {
    this.ids.delete(reportId);
  }
}
