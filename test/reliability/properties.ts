// Generated hostile input, shared by the seeded tests (npm test) and the long runs (npm run fuzz).
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { renderAsk } from '../../src/cli/renderText.js';
import { loadReports } from '../../src/core/load/loadReports.js';
import type { Newsdesk } from '../../src/core/newsdesk.js';
import { ANSWER_KINDS } from '../../src/core/answer/ask.js';
import { withinLimits } from '../../src/discord/limits.js';
import { renderAnswerPage } from '../../src/discord/render.js';

/** What the runs counted; the fuzz script prints it. */
export const counts = {
  filesTried: 0,
  loaded: 0,
  rejected: 0,
  queriesTried: 0,
  faultsInjected: 0,
  summariesPosted: 0,
  crashes: 0,
  pings: 0,
  overLimits: 0,
  slowestQueryMs: 0,
};

/** The interaction deadline a single command must stay well inside. */
const DEADLINE_MS = 2500;

/** A file the generator writes, and what the loader must make of it. */
interface FileCase {
  name: string;
  content: string | Buffer;
  /** Report ids it must load. */
  ids: string[];
  /** Problems it must report (JSONL: one per bad line). */
  problems: number;
}

const word = fc.stringMatching(/^[a-z]{2,9}$/);
const body = fc.array(word, { minLength: 3, maxLength: 40 }).map((w) => `${w.join(' ')}.`);
const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Good reports in every format, with the oddities the formats allow (BOM, CRLF, CR, leading space). */
const goodFile = (n: number): fc.Arbitrary<FileCase> =>
  fc.oneof(
    fc
      .tuple(day, body, fc.constantFrom('', '\uFEFF'), fc.constantFrom('\n', '\r\n', '\r', ' '))
      .map(([d, b, bom, eol]) => ({
        name: `good ${n} ünï.txt`,
        content: `${bom}  date ${d}${eol}${b}${eol}`,
        ids: [`good ${n} ünï`],
        problems: 0,
      })),
    fc.tuple(day, body).map(([d, b]) => ({
      name: `md/good-${n}.md`,
      content: `---\ntitle: "T ${n}"\ndate: ${d}\n---\n${b}\n`,
      ids: [`md/good-${n}`],
      problems: 0,
    })),
    fc.tuple(day, body).map(([d, b]) => ({
      name: `good-${n}.json`,
      content: JSON.stringify({ id: `j${n}`, date: d, title: 't', text: b }),
      ids: [`j${n}`],
      problems: 0,
    })),
    fc
      .tuple(fc.array(fc.tuple(day, body), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 3 }))
      .map(([rows, broken]) => {
        const lines = rows.map(([d, b], i) => JSON.stringify({ id: `l${n}-${i}`, date: d, text: b }));
        const brokenAt = Math.min(broken, lines.length);
        lines.splice(brokenAt, 0, '{"id": "broken", "text": ');
        return {
          name: `feed-${n}.jsonl`,
          content: lines.join('\n'),
          ids: rows.map((_, i) => `l${n}-${i}`),
          problems: 1,
        };
      }),
  );

/** Bad files, each of which must be skipped with one problem naming it. */
const badFile = (n: number): fc.Arbitrary<FileCase> =>
  fc
    .oneof(
      fc.constant(''),
      fc.constant('   \n\t  '),
      fc
        .uint8Array({ minLength: 1, maxLength: 64 })
        .map((bytes) => Buffer.concat([Buffer.from([0xff, 0xfe, 0x00]), Buffer.from(bytes)])),
      body.map((b) => `no date line ${b}`),
      body.map((b) => `date 2018-02-30 ${b}`),
      body.map((b) => `date 5 December 2018 ${b}`),
      fc.constant('date 2020-01-01    '),
    )
    .map((content) => ({ name: `bad-${n}.txt`, content, ids: [], problems: 1 }));

const badStructured = (n: number): fc.Arbitrary<FileCase> =>
  fc
    .oneof(
      fc.constant({ ext: 'md', content: '---\ntitle: [unclosed\ndate: 2020-01-01\n---\nbody' }),
      fc.constant({ ext: 'md', content: '# no front matter' }),
      fc.constant({ ext: 'json', content: '[1, 2' }),
      fc.constant({ ext: 'json', content: '"just a string"' }),
      fc.constant({ ext: 'json', content: 'null' }),
    )
    .map(({ ext, content }) => ({ name: `bad-${n}.${ext}`, content, ids: [], problems: 1 }));

export const folderCase = fc
  .array(fc.nat(2), { minLength: 1, maxLength: 12 })
  .chain((kinds) =>
    fc.tuple(...kinds.map((k, n) => (k === 0 ? goodFile(n) : k === 1 ? badFile(n) : badStructured(n)))),
  );

/** Writes the files (plus a link out of the folder and a duplicate id) and checks what loads. */
export async function checkFolder(files: FileCase[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-fuzz-'));
  const outside = mkdtempSync(join(tmpdir(), 'newsdesk-outside-'));
  try {
    for (const f of files) {
      mkdirSync(join(dir, f.name, '..'), { recursive: true });
      writeFileSync(join(dir, f.name), f.content);
    }
    writeFileSync(join(outside, 'secret.txt'), 'date 2020-01-01 outside the folder');
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'zz-link.txt'));
    writeFileSync(join(dir, 'zz-dup-a.json'), JSON.stringify({ id: 'dup', date: '2020-01-01', text: 'first.' }));
    writeFileSync(join(dir, 'zz-dup-b.json'), JSON.stringify({ id: 'dup', date: '2020-01-01', text: 'second.' }));
    counts.filesTried += files.length + 3;
    let result;
    try {
      result = await loadReports(dir);
    } catch (error) {
      counts.crashes++;
      throw error;
    }
    const expectedIds = [...files.flatMap((f) => f.ids), 'dup'].sort();
    const loadedIds = result.reports.map((r) => r.id).sort();
    if (JSON.stringify(loadedIds) !== JSON.stringify(expectedIds))
      throw new Error(`loaded ${JSON.stringify(loadedIds)}, expected ${JSON.stringify(expectedIds)}`);
    const expectedProblems = files.reduce((sum, f) => sum + f.problems, 0) + 2; // the link and the duplicate
    if (result.problems.length !== expectedProblems)
      throw new Error(
        `${result.problems.length} problems, expected ${expectedProblems}: ${JSON.stringify(result.problems)}`,
      );
    for (const f of files.filter((x) => x.problems > 0)) {
      if (result.problems.filter((p) => p.file === f.name).length !== f.problems)
        throw new Error(`${f.name} not reported exactly once`);
    }
    if (result.problems.some((p) => !p.reason || !p.file)) throw new Error('a problem without file or reason');
    counts.loaded += result.loaded;
    counts.rejected += result.skipped;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
}

/** Queries people type: empty, tiny, huge, punctuation, regex characters, mentions, markdown, other scripts. */
export const hostileQuery = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a',
    '?',
    '*',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the characters of regular expressions, on purpose
    '.*+?^${}()|[]\\',
    '@everyone',
    '@here who',
    '<@123>',
    '<@&123> when',
    '<#123>',
    '**bold** __u__ ~~s~~',
    '```code```',
    '||spoiler||',
    '> quote',
    'https://example.org/x?y=1',
    '\u200b\u200f\u202e',
    '🙂🚀',
    'Азербайджан',
    '阿塞拜疆',
    'أذربيجان',
  ),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ minLength: 5000, maxLength: 6000 }),
  fc
    .array(fc.constantFrom('who', 'when', 'Hasanov', 'Cooper', '@everyone', '<@1>', '**', '|', 'Afghanistan', '?'), {
      maxLength: 12,
    })
    .map((w) => w.join(' ')),
);

const MENTION = /@everyone|@here|<@[!&]?\d+>/;

/** Every kind of answer to the query: never throws, fits Discord, cannot ping. */
export function checkQuery(desk: Newsdesk, query: string): void {
  counts.queriesTried++;
  for (const command of ANSWER_KINDS) {
    const started = performance.now();
    let result;
    try {
      result = desk.ask(command, query, { limit: 25 });
      renderAsk(result);
    } catch (error) {
      counts.crashes++;
      throw error;
    }
    const took = performance.now() - started;
    counts.slowestQueryMs = Math.max(counts.slowestQueryMs, took);
    if (took > DEADLINE_MS)
      throw new Error(`${command} took ${Math.round(took)} ms for ${JSON.stringify(query).slice(0, 80)}`);
    for (let index = 0; index < Math.min(result.answers.length, 3) || index === 0; index++) {
      const reply = renderAnswerPage(result, index);
      if (!withinLimits(reply)) {
        counts.overLimits++;
        throw new Error(`over Discord's limits for ${command} ${JSON.stringify(query).slice(0, 80)}`);
      }
      const shown = JSON.stringify([
        reply.content,
        reply.embeds?.map((e) => [e.author, e.title, e.description, e.fields, e.footer]),
      ]);
      if (MENTION.test(shown) || reply.allowedMentions.parse.length !== 0) {
        counts.pings++;
        throw new Error(`a mention could ping: ${shown.slice(0, 200)}`);
      }
      if (index >= result.answers.length) break;
    }
  }
}

/**
 * Posts `days` daily summaries through injected faults (5xx, 429, a crash between sending and
 * recording), restarting the poster after each crash; every day must end up posted exactly once.
 */
export async function checkSummaryFaults(days: number, seed: number): Promise<void> {
  const { REST } = await import('discord.js');
  const { FakeDiscord } = await import('../fakeDiscord/fakeDiscord.js');
  const { testPosterOptions } = await import('../helpers/poster.js');
  const { SummaryPoster } = await import('../../src/discord/summaryPoster.js');
  const { Newsdesk } = await import('../../src/core/newsdesk.js');
  const { createLogger } = await import('../../src/logger.js');
  const fake = new FakeDiscord();
  await fake.start();
  const stateDir = mkdtempSync(join(tmpdir(), 'newsdesk-fuzz-state-'));
  const desk = Newsdesk.fromReports([]);
  let random = seed;
  const next = () => (random = (random * 1103515245 + 12345) % 2147483648) / 2147483648;
  try {
    for (let d = 0; d < days; d++) {
      const day = new Date(Date.UTC(2020, 0, 1 + d, 18, 0, 10));
      for (const status of [500, 502, 429])
        if (next() < 0.3) {
          fake.channelFailures.push(status);
          counts.faultsInjected++;
        }
      let crash = next() < 0.3;
      for (let attempt = 0; attempt < 5; attempt++) {
        const poster = new SummaryPoster(
          new REST({ api: fake.apiUrl }).setToken('x'.repeat(30)),
          desk,
          createLogger('silent'),
          {
            ...testPosterOptions(stateDir, day, { slot: { time: '18:00', timezone: 'UTC' }, attempts: 4 }),
            onStep: (step) => {
              if (crash && step === 'after-send') {
                crash = false;
                counts.faultsInjected++;
                throw new Error('crashed between sending and recording');
              }
            },
          },
        );
        const outcome = await poster.tick().catch(() => null);
        if (outcome?.posted || outcome?.reason === 'already posted') break;
      }
      const nonce = `nd${day.toISOString().slice(0, 10).replace(/-/g, '')}p0`;
      const posted = fake.channelMessages.filter((m) => m.nonce === nonce).length;
      if (posted !== 1) throw new Error(`day ${day.toISOString().slice(0, 10)} posted ${posted} times`);
      counts.summariesPosted++;
    }
  } finally {
    await fake.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}
