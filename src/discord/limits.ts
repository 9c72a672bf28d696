import type { APIEmbed } from 'discord.js';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  embedsPerMessage: 10,
} as const;

/** Shortens at a word boundary and says so with "…"; never longer than `max`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const room = max - 1;
  const cut = text.lastIndexOf(' ', room);
  const end = cut > room * 0.6 ? cut : room;
  let head = text.slice(0, end);
  // never leave a markdown bold mark open
  if ((head.match(/\*\*/g)?.length ?? 0) % 2 === 1) head = head.replace(/\*\*(?!.*\*\*)/s, '');
  return `${head.trimEnd()}…`;
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** An embed cut to fit every Discord limit: each part first, then the 6000 total (description shrinks). */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = clip(out.title, LIMITS.title);
  if (out.description !== undefined) out.description = clip(out.description, LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: clip(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: clip(out.author.name, LIMITS.author) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.fields).map((f) => ({
      ...f,
      name: clip(f.name, LIMITS.fieldName) || '\u200b',
      value: clip(f.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  const over = embedLength(out) - LIMITS.embedTotal;
  if (over > 0 && out.description) out.description = clip(out.description, Math.max(0, out.description.length - over));
  while (embedLength(out) > LIMITS.embedTotal && out.fields?.length) out.fields = out.fields.slice(0, -1);
  return out;
}

/** Message content cut to Discord's 2000 characters. */
export function fitContent(content: string): string {
  return clip(content, LIMITS.content);
}

/** True when a message body is within every limit (used by tests and as a last check). */
export function withinLimits(message: { content?: string; embeds?: APIEmbed[] }): boolean {
  if ((message.content?.length ?? 0) > LIMITS.content) return false;
  const embeds = message.embeds ?? [];
  if (embeds.length > LIMITS.embedsPerMessage) return false;
  let total = 0;
  for (const e of embeds) {
    if ((e.title?.length ?? 0) > LIMITS.title || (e.description?.length ?? 0) > LIMITS.description) return false;
    if ((e.footer?.text.length ?? 0) > LIMITS.footer || (e.author?.name.length ?? 0) > LIMITS.author) return false;
    if ((e.fields?.length ?? 0) > LIMITS.fields) return false;
    if (e.fields?.some((f) => f.name.length > LIMITS.fieldName || f.value.length > LIMITS.fieldValue)) return false;
    total += embedLength(e);
  }
  return total <= LIMITS.embedTotal;
}
