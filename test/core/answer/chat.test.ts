import { beforeAll, describe, expect, it } from 'vitest';
import { answerChat } from '../../../src/core/answer/chat.js';
import { ConversationMemory } from '../../../src/core/conversation.js';
import type { Newsdesk } from '../../../src/core/newsdesk.js';
import { seedsDesk } from '../../helpers/fixtures.js';

let desk: Newsdesk;
beforeAll(async () => {
  desk = await seedsDesk();
});

describe('answerChat on the bundled seeds', () => {
  it.each([
    ['when did Hasanov meet the US delegation?', 'when', '2018-12-04'],
    ['who was quoted about Afghanistan?', 'quote', 'Laura Cooper'],
    ['who said Azerbaijan support was indispensable?', 'quote', 'Laura Cooper'],
    ['who met Laura Cooper?', 'who', 'Zakir Hasanov'],
  ])('%j', (question, command, expected) => {
    const { routed, result } = answerChat(desk, question);
    expect(routed.command).toBe(command);
    const top = result.answers[0]!;
    expect(top.date ?? top.speaker ?? top.text).toBe(expected);
  });

  it('answers "and when was that?" within the report the previous answer cited', () => {
    const first = answerChat(desk, 'who met Laura Cooper?');
    expect(first.turn.reports[0]).toBe('000_b2fcb3b7b63d40ff');
    const followUp = answerChat(desk, 'and when was that?', first.turn);
    expect(followUp.routed.command).toBe('when');
    expect(followUp.result.answers[0]).toMatchObject({ date: '2018-12-04', text: 'December 4' });
    expect(followUp.result.answers.every((a) => a.citations.every((c) => c.reportId === '000_b2fcb3b7b63d40ff'))).toBe(
      true,
    );
  });
});

describe('ConversationMemory', () => {
  it('forgets after its time to live and keeps at most maxTurns', () => {
    let now = 0;
    const memory = new ConversationMemory({ maxTurns: 2, ttlMs: 1000 }, () => now);
    const turn = { command: 'who' as const, query: 'q', reports: ['r'] };
    memory.remember('a', turn);
    memory.remember('b', turn);
    memory.remember('c', turn);
    expect(memory.recall('a')).toBeUndefined();
    expect(memory.recall('c')).toEqual(turn);
    now = 1001;
    expect(memory.recall('c')).toBeUndefined();
    expect(memory.size).toBe(1);
  });
});
