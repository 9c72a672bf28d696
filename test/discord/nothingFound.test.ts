import { beforeAll, describe, expect, it } from 'vitest';
import { renderAsk } from '../../src/cli/renderText.js';
import { Newsdesk } from '../../src/core/newsdesk.js';
import type { Report } from '../../src/core/types.js';
import { withinLimits } from '../../src/discord/limits.js';
import { renderAnswerPage } from '../../src/discord/render.js';

// Reports written for this test; none of them speaks of an election.
const REPORTS: Report[] = [
  {
    id: 'bridge',
    date: '2024-03-04',
    title: 'Bridge opens',
    origin: { file: 'test' },
    text: 'Maria Lopez, the mayor of Riverton, opened the new bridge on Monday. @everyone came to see it.',
  },
  {
    id: 'cup',
    date: '2024-03-03',
    title: 'Tigers win cup',
    origin: { file: 'test' },
    text: 'The Riverton Tigers won the regional cup on March 2, 2024. Coach Sam Reed praised the players.',
  },
];

let desk: Newsdesk;
beforeAll(() => {
  desk = Newsdesk.fromReports(REPORTS);
  for (const report of REPORTS) desk.annotations(report.id);
});

describe('nothing found in the reports', () => {
  it('the terminal says so and shows the closest passages with their reports', () => {
    const result = desk.ask('who', 'who won the election?');
    expect(result.nothingFound?.closest.length).toBeGreaterThan(0);
    const text = renderAsk(result);
    expect(text).toMatch(/^Nothing found in the reports for that\. The closest passages:/);
    expect(text).toContain('Riverton Tigers won the regional cup');
    expect(text).toMatch(/cup · 2024-03-03/);
  });

  it('the bot says so with the closest passages, within limits and unable to ping', () => {
    const result = desk.ask('who', 'who opened the election?');
    expect(result.nothingFound?.closest.map((c) => c.reportId)).toContain('bridge');
    const reply = renderAnswerPage(result, 0);
    expect(reply.content).toMatch(/^Nothing found in the reports for that\./);
    expect(reply.content).toContain('bridge · 2024-03-04');
    // the passage's "@everyone" is shown broken, and the reply may ping no one anyway
    expect(reply.content).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(withinLimits(reply)).toBe(true);
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it('a question with no passage at all keeps the short message', () => {
    const result = desk.ask('who', 'zebra xylophone quasar');
    expect(renderAsk(result)).toMatch(/^No people or organisations found/);
    expect(renderAnswerPage(result, 0).content).toMatch(/^No people or organisations found/);
  });
});
