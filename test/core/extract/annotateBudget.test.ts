import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/core/extract/annotate.js';
import { annotateSliced, annotateWithin } from '../../../src/core/extract/annotateBudget.js';
import { OnTheSpotBudget } from '../../../src/core/index/annotationBudget.js';
import { IncompleteAnnotations, isIncompleteJson } from '../../../src/core/index/incomplete.js';

const report = {
  date: '2020-03-04',
  text: Array.from(
    { length: 30 },
    (_, i) => `Laura Cooper said on Monday that talks ${i} would resume. "We are ready to talk," she said.`,
  ).join('\n\n'),
};

/** A clock that moves `step` ms each time it is read. */
function steppingClock(step: number): () => number {
  let now = 0;
  return () => (now += step);
}

describe('annotateWithin', () => {
  it('gives the full annotations, unmarked, within its budget', () => {
    const full = annotateWithin(report, 60_000);
    expect(full.incomplete).toBeUndefined();
    expect(full).toEqual(annotate(report));
    expect(full.quotes.length).toBe(30);
  });

  it('stops when the clock passes the budget and marks the result incomplete', () => {
    const cut = annotateWithin(report, 10, { maxUnitChars: 200 }, steppingClock(4));
    expect(cut.incomplete).toBe(true);
    expect(cut.quotes.length).toBeGreaterThan(0);
    expect(cut.quotes.length).toBeLessThan(30);
    expect(isIncompleteJson(JSON.stringify(cut))).toBe(true);
    expect(isIncompleteJson(JSON.stringify(annotate(report)))).toBe(false);
  });
});

describe('annotateSliced', () => {
  it('lets timers run while it works and ends with the same annotations', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const annotations = await annotateSliced(
      { ...report, text: report.text.repeat(4) },
      { sliceMs: 1, budgetMs: 60_000 },
    );
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    expect(annotations?.incomplete).toBeUndefined();
    expect(annotations?.quotes.length).toBe(120);
  });

  it('returns null when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await annotateSliced(report, { sliceMs: 0 }, controller.signal)).toBeNull();
  });
});

describe('IncompleteAnnotations', () => {
  it('counts reports marked incomplete and tells its listener once per report', () => {
    const incomplete = new IncompleteAnnotations();
    const told: string[] = [];
    incomplete.onMarked = (id) => told.push(id);
    incomplete.update('a', { incomplete: true });
    incomplete.update('a', { incomplete: true });
    incomplete.update('b', { incomplete: true });
    incomplete.update('b', {});
    expect([incomplete.count, told]).toEqual([1, ['a', 'b']]);
  });
});

describe('OnTheSpotBudget', () => {
  it('closes when the characters run out or the time spent annotating passes its own, whichever first', () => {
    const byChars = new OnTheSpotBudget(100, 1000, steppingClock(1));
    byChars.spend(100);
    expect(byChars.exhausted).toBe(true);
    const byClock = new OnTheSpotBudget(100, 50, steppingClock(30));
    // time between annotations (other answers, timers) is not the question's
    expect([byClock.exhausted, byClock.exhausted]).toEqual([false, false]);
    byClock.timed(() => undefined);
    expect(byClock.exhausted).toBe(false);
    byClock.timed(() => undefined);
    expect(byClock.exhausted).toBe(true);
  });

  it('tells when a round has used its slice, from the start of each round, until slicing stops', () => {
    const budget = new OnTheSpotBudget(100, 1000, steppingClock(15), 25);
    expect(budget.sliceDue).toBe(false); // 15 ms into the round
    expect(budget.sliceDue).toBe(true); // 30 ms
    budget.newSlice();
    expect(budget.sliceDue).toBe(false);
    budget.stopSlicing();
    expect([budget.sliceDue, budget.sliceDue, budget.sliceDue]).toEqual([false, false, false]);
    expect(new OnTheSpotBudget(100, 1000, steppingClock(1000)).sliceDue).toBe(false);
  });
});
