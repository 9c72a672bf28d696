import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../src/core/newsdesk.js';
import { foundingReport, report } from '../helpers/fixtures.js';

/** The founding report and a few others, none annotated yet. */
async function coldReports() {
  return [
    await foundingReport(),
    report('dam', 'Engineer Ilse Varga said on Monday that the Wobbleton dam opens in May.', '2020-01-13'),
    report(
      'port',
      'The port of Tarnwick reopened on 4 March. "We are ready for the grain season," the harbour master, Tomas Reed, said.',
      '2020-03-05',
    ),
  ];
}

describe('answers on a cold index, in rounds', () => {
  it.each([
    ['who', 'Minister of Defense of Azerbaijan'],
    ['when', 'Hasanov met the US delegation'],
    ['who', 'Wobbleton dam'],
    ['quote', 'grain season harbour'],
  ] as const)(
    '%s "%s": the same answers as in one go, with timers run between the passages annotated',
    async (kind, question) => {
      // every passage to annotate on the spot waits for a turn of its own; the time budget is out of
      // the way (a cold engine is slow at first), so both desks annotate the same passages
      const options = { index: { spotSliceMs: 0, coldAnnotationMs: 60_000 } };
      const rounds = Newsdesk.fromReports(await coldReports(), options);
      let timerRan = false;
      setTimeout(() => {
        timerRan = true;
      }, 0);
      const inRounds = await rounds.answer(kind, question);
      const oneGo = Newsdesk.fromReports(await coldReports(), options).ask(kind, question);
      expect(inRounds.answers).toEqual(oneGo.answers);
      expect(inRounds.answers.length).toBeGreaterThan(0);
      expect(timerRan).toBe(true);
    },
  );

  it('answers at once, without giving the thread away, when nothing needs annotating', async () => {
    const desk = Newsdesk.fromReports(await coldReports(), { index: { spotSliceMs: 0 } });
    for (const r of desk.reports()) desk.annotations(r.id);
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    expect((await desk.answer('who', 'Wobbleton dam')).answers[0]?.text).toBe('Ilse Varga');
    expect(timerRan).toBe(false);
  });
});
