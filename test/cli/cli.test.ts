import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';
import { headline } from '../../src/cli/renderText.js';
import { ROOT, FOUNDING_ID, FOUNDING_REPORT, tempReports } from '../helpers/fixtures.js';

const run = promisify(execFile);

/** Runs the CLI as `npm run -s cli --` does, with the given stdin. */
async function cli(args: string[], input?: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } });
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
    [['ask', 'who', 'defense', 'minister'], { verb: 'ask', command: 'who', query: 'defense minister', json: false, limit: 5 }],
    [['ask', 'when', 'x', '--json', '--limit', '3', '--from', '2018-01-01'], { verb: 'ask', command: 'when', json: true, limit: 3, from: '2018-01-01' }],
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
    [['dance'], /verb/],
  ])('rejects %j naming the field', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('CLI answer lines', () => {
  it.each([
    [{ text: 'On December 4', date: '2018-12-04', precision: 'day' as const }, '2018-12-04 — “On December 4”'],
    [{ text: '1688–1692', date: '1688', until: '1692', precision: 'year' as const }, '1688/1692 — “1688–1692” (year)'],
  ])('when %j', (fields, line) => {
    expect(headline('when', { score: 1, citations: [], ...fields })).toBe(line);
  });
});

describe('CLI end to end', () => {
  it('ask --json prints the documented shape and nothing else on stdout', async () => {
    const { stdout, code } = await cli(['ask', 'who', 'US Secretary of Defense', '--json', '--reports', FOUNDING_REPORT]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['command', 'query', 'answers']));
    expect(result.answers[0]).toMatchObject({ text: 'James Mattis', type: 'person' });
    expect(typeof result.answers[0].score).toBe('number');
    expect(Object.keys(result.answers[0].citations[0])).toEqual(expect.arrayContaining(['reportId', 'reportDate', 'title', 'passage', 'start', 'end']));
  });

  it('ask prints rendered text by default', async () => {
    const { stdout } = await cli(['ask', 'when', 'Hasanov met the US delegation', '--limit', '1', '--reports', FOUNDING_REPORT]);
    expect(stdout).toMatch(/^\*\*2018-12-04 — “December 4”\*\*/);
    expect(stdout).toContain('1 of');
  });

  it('inspect prints the report annotations as JSON', async () => {
    const { stdout } = await cli(['inspect', FOUNDING_ID, '--reports', FOUNDING_REPORT]);
    const result = JSON.parse(stdout);
    expect(result.report).toMatchObject({ id: FOUNDING_ID, date: '2018-12-05' });
    expect(result.entities.some((e: { text: string; type: string }) => e.text === 'Zakir Hasanov' && e.type === 'person')).toBe(true);
    expect(result.dates.some((d: { text: string; value: string }) => d.text === 'December 4' && d.value === '2018-12-04')).toBe(true);
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
    ].join('\n');
    const { stdout, code } = await cli(['batch', '--reports', FOUNDING_REPORT], input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, null, 'b', 3, 4, 5]);
    expect(lines[0].answers[0].text).toBe('Zakir Hasanov');
    expect(lines[1].error).toBe('line is not valid JSON');
    expect(lines[2].error).toMatch(/command/);
    expect(lines[3].report.id).toBe(FOUNDING_ID);
    expect(lines[4].error).toMatch(/no report with id "nope"/);
    expect(lines[5].answers[0].speaker).toBe('Laura Cooper');
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
});
