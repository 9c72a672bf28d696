import pino, { type Logger } from 'pino';

/** Fields that could carry a secret; pino replaces them wherever they appear. */
const REDACT = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'headers.authorization',
  '*.headers.authorization',
  'authorization',
  '*.authorization',
  'config.DISCORD_TOKEN',
];

/** Structured logs (one JSON line per event) to stderr, or to `destination` in tests. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'newsdesk' } },
    (destination ?? pino.destination(2)) as pino.DestinationStream,
  );
}

/** An error as a log field without anything that might hold a secret (request headers, raw bodies). */
export function errorFields(error: unknown): { message: string; name?: string; code?: unknown; stack?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  return {
    name: error.name,
    message: scrub(error.message),
    code: (error as { code?: unknown }).code,
    stack: error.stack ? scrub(error.stack) : undefined,
  };
}

/** Removes anything shaped like a bot token or an Authorization value from a string. */
export function scrub(text: string): string {
  return text
    .replace(/Bot\s+[\w.-]{20,}/g, 'Bot [redacted]')
    .replace(/[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,38}/g, '[redacted]');
}

export type { Logger };
