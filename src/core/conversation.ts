import type { AnswerKind } from './types.js';

/** What a follow-up needs of the answer before it. */
export interface ConversationTurn {
  /** The kind of question it was taken for. */
  command: AnswerKind;
  /** The question as asked (with the earlier topic, for a follow-up). */
  query: string;
  /** Reports the answer cited, best first. */
  reports: string[];
}

/** How much a conversation memory keeps; defaults in `defaultMemoryOptions`. */
export interface MemoryOptions {
  /** Most turns kept; the oldest go first. */
  maxTurns: number;
  /** How long a turn is remembered, in ms. */
  ttlMs: number;
}

/** The memory settings used where none are given. */
export const defaultMemoryOptions: MemoryOptions = { maxTurns: 1000, ttlMs: 30 * 60 * 1000 };

/** A small, bounded, expiring memory of answers, keyed by the message that carried them. */
export class ConversationMemory {
  private readonly turns = new Map<string, { turn: ConversationTurn; at: number }>();
  private readonly options: MemoryOptions;

  constructor(
    options: Partial<MemoryOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...defaultMemoryOptions, ...options };
  }

  /** Remembers a turn under the message that carried it, forgetting the oldest beyond `maxTurns`. */
  remember(key: string, turn: ConversationTurn): void {
    this.turns.delete(key);
    this.turns.set(key, { turn, at: this.now() });
    while (this.turns.size > this.options.maxTurns) this.turns.delete(this.turns.keys().next().value!);
  }

  /** The turn remembered under `key`, unless it is older than `ttlMs`. */
  recall(key: string): ConversationTurn | undefined {
    const entry = this.turns.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.options.ttlMs) {
      this.turns.delete(key);
      return undefined;
    }
    return entry.turn;
  }

  /** Turns remembered now. */
  get size(): number {
    return this.turns.size;
  }
}
