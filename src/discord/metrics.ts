import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds buckets of the answer latency histogram: Discord's 3 s acknowledgement is the line that matters. */
const LATENCY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];

/** What the gauges read when /metrics is scraped. */
export interface MetricsSources {
  reports(): number;
  annotated(): number;
  /** 1 when the gateway is connected (ready), 0 otherwise. */
  connected(): boolean;
  /** Gateway heartbeat ping in ms; -1 while none is known. */
  ping(): number;
}

/**
 * The bot's Prometheus metrics, in a registry of their own (not the global one, so tests can
 * make several bots). Labels are command names, outcomes and verdicts only: never user text.
 */
export class BotMetrics {
  readonly registry = new Registry();
  private readonly commands = new Counter({
    name: 'newsdesk_commands_total',
    help: 'Slash commands, buttons and autocompletes handled, by name and outcome.',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'newsdesk_answer_seconds',
    help: 'Time from an interaction arriving to its reply, by command.',
    labelNames: ['command'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly reloads = new Counter({
    name: 'newsdesk_reloads_total',
    help: 'Reloads of the reports folder, by outcome.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly summaries = new Counter({
    name: 'newsdesk_summaries_total',
    help: 'Daily summary attempts per channel day, by outcome.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly feedbackPresses = new Counter({
    name: 'newsdesk_feedback_total',
    help: 'Feedback presses on answers, by verdict and what became of them.',
    labelNames: ['verdict', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(sources: MetricsSources) {
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
    gauge('newsdesk_reports_indexed', 'Reports loaded in the index.', () => sources.reports());
    gauge('newsdesk_reports_annotated', 'Reports annotated so far.', () => sources.annotated());
    gauge('newsdesk_gateway_connected', '1 while the Discord gateway is connected.', () =>
      sources.connected() ? 1 : 0,
    );
    gauge('newsdesk_gateway_ping_ms', 'Discord gateway heartbeat ping in milliseconds.', () => sources.ping());
  }

  /** One interaction done: `outcome` is ok, failed or limited. */
  command(name: string, outcome: 'ok' | 'failed' | 'limited', seconds: number): void {
    this.commands.inc({ command: name, outcome });
    if (outcome !== 'limited') this.latency.observe({ command: name }, seconds);
  }

  reload(outcome: 'ok' | 'failed'): void {
    this.reloads.inc({ outcome });
  }

  summary(outcome: 'sent' | 'skipped' | 'failed' | 'taken'): void {
    this.summaries.inc({ outcome });
  }

  feedback(verdict: 'up' | 'down', outcome: 'recorded' | 'changed' | 'unchanged'): void {
    this.feedbackPresses.inc({ verdict, outcome });
  }

  /** The Prometheus text exposition of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}
