import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../src/core/newsdesk.js';
import { summaryTopic } from '../../../src/core/settings/guildSettings.js';
import { reportsOnTopic } from '../../../src/core/summary/topic.js';
import { report } from '../../helpers/fixtures.js';

const REPORTS = [
  report('defence', 'The defence ministry ordered new frigates for the navy after the NATO summit.', '2020-01-13'),
  report('energy', 'Gas exports rose as the energy ministry opened a new pipeline to the coast.', '2020-01-13'),
  report('both', 'The defence ministry and the energy ministry agreed to guard the pipeline.', '2020-01-14'),
  report('later', 'Farmers protested against the price of grain in the capital.', '2020-01-16'),
];
const desk = Newsdesk.fromReports(REPORTS);

describe('a summary channel topic', () => {
  it.each([
    ['no topic', undefined, ['defence', 'energy', 'both', 'later']],
    ['include a word', { include: ['defence'] }, ['defence', 'both']],
    ['include a word in another form', { include: ['Pipelines'] }, ['energy', 'both']],
    ['include, then exclude', { include: ['ministry'], exclude: ['energy'] }, ['defence']],
    ['exclude alone', { exclude: ['ministry'] }, ['later']],
    ['a phrase needs all its words', { include: ['new frigates'] }, ['defence']],
    ['a saved query', { query: 'grain price protest' }, ['later']],
    ['a query or a word', { query: 'grain price protest', include: ['frigates'] }, ['defence', 'later']],
  ])('%s', (_case, topic, ids) => {
    const parsed = topic ? summaryTopic.parse(topic) : undefined;
    expect(reportsOnTopic(desk, REPORTS, parsed).map((r) => r.id)).toEqual(ids);
  });

  it('filters the daily summary of a channel', async () => {
    const all = await desk.summary('2020-01-13');
    const energy = await desk.summary('2020-01-13', { topic: summaryTopic.parse({ include: ['energy'] }) });
    expect(all.reportCount).toBe(2);
    expect(energy.reportCount).toBe(1);
    expect(energy.stories.flatMap((s) => s.reportIds)).toEqual(['energy']);
  });
});

describe('a summary since a day', () => {
  it.each([
    ['2020-01-12', 4],
    ['2020-01-13', 2],
    ['2020-01-15', 1],
    ['2020-01-16', 0],
  ])('since %s: the reports dated after it (%d)', async (since, count) => {
    const summary = await desk.summary(since, { since: true });
    expect(summary).toMatchObject({ date: since, since: true, reportCount: count });
    const ids = summary.stories.flatMap((s) => s.reportIds);
    for (const id of ids) expect(REPORTS.find((r) => r.id === id)!.date! > since).toBe(true);
  });
});
