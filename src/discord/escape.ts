/**
 * Report text made safe for Discord: markdown characters escaped so they show as written,
 * and mentions broken with a zero-width space so they can never ping or render as a mention,
 * even if a client ignores allowed_mentions.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\\*_~`|[\]]/g, (ch) => `\\${ch}`)
      // quotes, headings and lists only start a line
      .replace(/^(\s*)([>#-])/gm, '$1\\$2')
      .replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>')
      .replace(/@/g, '@\u200b')
  );
}

/** The words in spans shown bold, everything else escaped. */
export function boldSpans(text: string, spans: Array<{ start: number; end: number }>): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    out += escapeText(text.slice(at, span.start)) + `**${escapeText(text.slice(span.start, span.end))}**`;
    at = span.end;
  }
  return out + escapeText(text.slice(at));
}

/** Text shown as is (embed author lines) with mentions broken so they cannot render or ping. */
export function breakMentions(text: string): string {
  return text.replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>').replace(/@/g, '@\u200b');
}
