// A process the kill test starts and kills with SIGKILL: it stores reports or polls feeds
// without end, and prints "ack <id>" only once a report is stored.
import { pollFeeds } from '../../../src/core/ingest/feeds/poll.js';
import { FeedRegistry } from '../../../src/core/ingest/feeds/registry.js';
import { InboxStore } from '../../../src/core/ingest/inboxStore.js';

const [mode, reports, state] = process.argv.slice(2) as [string, string, string];
const inbox = await InboxStore.open(reports, state, { allowPrivateUrls: true, fetchTimeoutMs: 5000 });
process.stdout.write('ready\n');

if (mode === 'store') {
  // a long text widens the window in which the kill can land inside a write
  const filler = 'The committee met again and discussed the plan at length. '.repeat(1000);
  for (let i = 0; ; i++) {
    const stored = await inbox.add({ title: `Report ${i}`, date: '2020-05-01', text: `Report number ${i}. ${filler}` });
    process.stdout.write(`ack ${stored.id}\n`);
  }
} else {
  const registry = await FeedRegistry.open(state);
  for (;;) {
    const results = await pollFeeds(registry, inbox, { now: new Date('2020-05-01T00:00:00Z'), force: true });
    for (const result of results) for (const report of result.stored) process.stdout.write(`ack ${report.id}\n`);
    process.stdout.write('polled\n');
  }
}
