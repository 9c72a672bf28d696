import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';
import { headline } from '../../src/cli/renderText.js';
import { ROOT, FOUNDING_ID, FOUNDING_REPORT, tempReports } from '../helpers/fixtures.js';

const run = promisify(execFile);
const STATE = mkdtempSync(join(tmpdir(), 'newsdesk-cli-state-'));

/** Runs the CLI as `npm run -s cli --` does, with the given stdin. */
async function cli(
  args: string[],
  input?: string,
  stateDir = STATE,
): Promise<{ stdout: string; stderr: string; code: number }> {
  const env = { PATH: process.env.PATH ?? '', STATE_DIR: stateDir };
  const child = run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, env });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('CLI arguments', () => {
  it.each([
    [
      ['ask', 'who', 'defense', 'minister'],
      { verb: 'ask', command: 'who', query: 'defense minister', json: false, limit: 5 },
    ],
    [
      ['ask', 'when', 'x', '--json', '--limit', '3', '--from', '2018-01-01'],
      { verb: 'ask', command: 'when', json: true, limit: 3, from: '2018-01-01' },
    ],
    [['inspect', 'abc', '--reports', 'seeds'], { verb: 'inspect', report: 'abc', reports: 'seeds' }],
    [['batch'], { verb: 'batch' }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['ask', 'why', 'x'], /command: must be one of who, when, quote, search/],
    [['ask', 'who'], /query: is empty/],
    [['ask', 'who', 'x', '--limit', '0'], /limit: must be at least 1/],
    [['ask', 'who', 'x', '--from', '2018-02-30'], /from: impossible date/],
    [['ask', 'who', 'x', '--bogus'], /Unknown option/],
    [['dance'], /unknown command "dance": use one of ask, inspect, batch, summary, index/],
    [[], /no command given/],
    [['ask', 'who', 'x', '--limit', '-1'], /^--limit: must be at least 1$/],
    [['ask', 'who', 'x', '--limit', 'many'], /^--limit: must be a whole number$/],
    [['ask', 'who', 'x', '--from', '2019-01-01', '--to', '2018-01-01'], /^--to: comes before --from; swap the dates$/],
  ])('rejects %j naming the field', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('CLI answer lines', () => {
  it.each([
    [{ text: 'Zakir Hasanov', type: 'person' as const, role: 'Minister' }, 'Zakir Hasanov — Minister (person)'],
    [{ text: 'Chebyshev' }, 'Chebyshev'],
  ])('who %j', (fields, line) => {
    expect(headline('who', { score: 1, citations: [], ...fields })).toBe(line);
  });

  it.each([
    [{ text: 'On December 4', date: '2018-12-04', precision: 'day' as const }, '2018-12-04 — “On December 4”'],
    [{ text: '1688–1692', date: '1688', until: '1692', precision: 'year' as const }, '1688/1692 — “1688–1692” (year)'],
    [{ text: 'the Second World War', undated: 'period' as const }, '“the Second World War” (a named period)'],
    [{ text: 'after landing', undated: 'event' as const }, '“after landing” (told by an event)'],
    [{ text: 'tomorrow', dayUnknown: true }, '“tomorrow” (the report gives no date)'],
    [{ text: 'four hours', duration: 'PT4H' }, '“four hours” (a length of time, PT4H)'],
    [{ text: 'every Monday', repeats: 'P1W' }, '“every Monday” (repeats, P1W)'],
    [
      { text: 'has approved the bridge plan', date: '2013-05-10', precision: 'day' as const, byReportDate: true },
      "by 2013-05-10 — “has approved the bridge plan” (the report's date)",
    ],
  ])('when %j', (fields, line) => {
    expect(headline('when', { score: 1, citations: [], ...fields })).toBe(line);
  });
});

describe('CLI end to end', () => {
  it('ask --json prints the documented shape and nothing else on stdout', async () => {
    const { stdout, code } = await cli([
      'ask',
      'who',
      'US Secretary of Defense',
      '--json',
      '--reports',
      FOUNDING_REPORT,
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['command', 'query', 'answers']));
    expect(result.answers[0]).toMatchObject({ text: 'James Mattis', type: 'person' });
    expect(typeof result.answers[0].score).toBe('number');
    expect(Object.keys(result.answers[0].citations[0])).toEqual(
      expect.arrayContaining(['reportId', 'reportDate', 'title', 'passage', 'start', 'end']),
    );
  });

  it('ask prints rendered text by default', async () => {
    const { stdout } = await cli([
      'ask',
      'when',
      'Hasanov met the US delegation',
      '--limit',
      '1',
      '--reports',
      FOUNDING_REPORT,
    ]);
    expect(stdout).toMatch(/^\*\*2018-12-04 — “December 4”\*\*/);
    expect(stdout).toContain('1 of');
  });

  it('inspect prints the report annotations as JSON', async () => {
    const { stdout } = await cli(['inspect', FOUNDING_ID, '--reports', FOUNDING_REPORT]);
    const result = JSON.parse(stdout);
    expect(result.report).toMatchObject({ id: FOUNDING_ID, date: '2018-12-05' });
    expect(
      result.entities.some((e: { text: string; type: string }) => e.text === 'Zakir Hasanov' && e.type === 'person'),
    ).toBe(true);
    expect(
      result.dates.some((d: { text: string; value: string }) => d.text === 'December 4' && d.value === '2018-12-04'),
    ).toBe(true);
    expect(result.quotes[0]).toMatchObject({ speaker: 'Laura Cooper' });
    for (const key of ['start', 'end']) expect(typeof result.quotes[0][key]).toBe('number');
  });

  it('batch answers every line in order, echoing ids, and goes on after a bad line', async () => {
    const input = [
      JSON.stringify({ id: 1, command: 'who', query: 'Minister of Defense of Azerbaijan', limit: 1 }),
      'not json',
      JSON.stringify({ id: 'b', command: 'fly', query: 'x' }),
      '',
      JSON.stringify({ id: 3, command: 'inspect', report: FOUNDING_ID }),
      JSON.stringify({ id: 4, command: 'inspect', report: 'nope' }),
      JSON.stringify({ id: 5, command: 'quote', query: 'Afghanistan support' }),
      JSON.stringify({ id: 6, command: 'ask', question: 'when did Hasanov meet the US delegation?', limit: 1 }),
      JSON.stringify({ id: 7, command: 'when', query: 'meeting', from: '2019-01-01', to: '2018-01-01' }),
    ].join('\n');
    const { stdout, code } = await cli(['batch', '--reports', FOUNDING_REPORT], input);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, null, 'b', null, 3, 4, 5, 6, 7]);
    expect(lines[0].answers[0].text).toBe('Zakir Hasanov');
    expect(lines[1].error).toMatch(/^line 2 is not valid JSON \(/);
    expect(lines[2].error).toBe('line 3: command must be one of who, when, quote, search, ask, inspect, summary');
    expect(lines[3]).toEqual({ id: null, line: 4, error: 'line 4 is empty' });
    expect(lines[4].report.id).toBe(FOUNDING_ID);
    expect(lines[5].error).toMatch(/no report with id "nope"/);
    expect(lines[6].answers[0].speaker).toBe('Laura Cooper');
    expect(lines[7].routed).toEqual({ command: 'when', rule: 'time' });
    expect(lines[7].answers[0].date).toBe('2018-12-04');
    expect(lines[8].error).toBe('line 9: to: comes before from; swap the dates');
  });

  it('reports skipped files on stderr, not stdout, and exits 2 on bad arguments', async () => {
    const dir = tempReports({ 'good.txt': 'date 2020-01-01 The mayor opened the bridge.', 'bad.txt': 'no date here' });
    const { stdout, stderr } = await cli(['ask', 'search', 'bridge', '--json', '--reports', dir]);
    expect(JSON.parse(stdout).answers).toHaveLength(1);
    expect(stderr).toContain('skipped bad.txt: no "date YYYY-MM-DD" line at the start');
    const bad = await cli(['ask', 'who']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/error: query: is empty/);
    expect(bad.stdout).toBe('');
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const { stdout, stderr, code } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage:\n {2}npm run -s cli -- ask/);
    expect(stderr).toBe('');
  });

  it('says an empty report file is empty', async () => {
    const dir = tempReports({ 'good.txt': 'date 2020-01-01 The mayor opened the bridge.', 'empty.txt': '' });
    const { stderr } = await cli(['ask', 'search', 'bridge', '--reports', dir]);
    expect(stderr).toContain('skipped empty.txt: file is empty');
  });

  it('writes the index snapshot when it built the index, and starts from it the next time', async () => {
    const state = mkdtempSync(join(tmpdir(), 'newsdesk-cli-snapshot-'));
    const dir = tempReports({ 'one.txt': 'date 2020-01-01 The mayor Anna Berg opened the bridge on Monday.' });
    const first = await cli(['ask', 'who', 'who opened the bridge', '--reports', dir], undefined, state);
    expect(first.stdout).toContain('Anna Berg');
    expect(existsSync(join(state, 'index'))).toBe(true);
    writeFileSync(join(dir, 'two.txt'), 'date 2020-01-02 The harbour master Ingrid Solberg reopened the port.');
    const built = await cli(['index', '--reports', dir], undefined, state);
    expect(built.code).toBe(0);
    expect(built.stderr).toMatch(/^1 reports from the snapshot, 1 processed, \d+ annotated\nsnapshot saved: /m);
    const again = await cli(['index', '--reports', dir], undefined, state);
    expect(again.stderr).toMatch(/^2 reports from the snapshot, 0 processed, 0 annotated/m);
  }, 120_000);

  it('answers its first call, with nothing annotated yet, as it does once every report is annotated', async () => {
    const state = mkdtempSync(join(tmpdir(), 'newsdesk-cli-cold-'));
    const reports = join(ROOT, 'seeds');
    const ask = async () => {
      const { stdout, code } = await cli(
        ['ask', 'who', 'chief executive of General Motors', '--json', '--reports', reports],
        undefined,
        state,
      );
      expect(code).toBe(0);
      return (JSON.parse(stdout) as { answers: Array<{ text: string; score: number }> }).answers;
    };
    const first = await ask();
    expect(first.length).toBeGreaterThan(1);
    expect((await cli(['index', '--reports', reports], undefined, state)).code).toBe(0);
    expect(await ask()).toEqual(first);
  }, 120_000);
});
