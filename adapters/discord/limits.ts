/**
 * Discord's size limits (developer docs: Message, Embed, Components, Modals) and the one way this
 * adapter fits text into them. Lengths are counted in UTF-16 units, which is never fewer than the
 * characters Discord counts, so a fitted text is always accepted.
 */
import type { APIEmbed } from 'discord.js';

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  modalTitle: 45,
  label: 45,
  labelDescription: 100,
  placeholder: 100,
  textDisplay: 4000,
  customId: 100,
  buttonLabel: 80,
  choiceName: 100,
  choiceValue: 100,
  choices: 25,
} as const;

/** `text` cut to `max` with an ellipsis, never splitting a surrogate pair. */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/**
 * Bullet lines within `max`: as many whole items as fit, then "… and N more". Half an item would
 * read as a different constraint or number, so items are never cut unless one alone is too long.
 */
export function fitList(items: readonly string[], max: number, bullet = '• '): string {
  const lines: string[] = [];
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    const line = `${bullet}${items[i]}`;
    const rest = items.length - i - 1;
    const more = rest > 0 ? `\n… and ${rest} more`.length : 0;
    const cost = (lines.length > 0 ? 1 : 0) + line.length;
    if (used + cost + more > max) {
      if (lines.length === 0) return fit(line, max);
      lines.push(`… and ${items.length - i} more`);
      return lines.join('\n');
    }
    lines.push(line);
    used += cost;
  }
  return lines.join('\n');
}

export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0)
  );
}

/**
 * Every part within its own limit, then the whole within 6,000: trailing fields go first (the
 * renderers put what matters most at the top), then the description shrinks.
 */
export function fitEmbed(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (out.title !== undefined) out.title = fit(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = fit(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: fit(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: fit(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields
      .filter((f) => f.value.trim() !== '')
      .slice(0, LIMITS.embedFields)
      .map((f) => ({ ...f, name: fit(f.name, LIMITS.fieldName), value: fit(f.value, LIMITS.fieldValue) }));
  }
  while (embedLength(out) > LIMITS.embedTotal && out.fields && out.fields.length > 0) out.fields = out.fields.slice(0, -1);
  const over = embedLength(out) - LIMITS.embedTotal;
  if (over > 0 && out.description) out.description = fit(out.description, Math.max(1, out.description.length - over));
  return out;
}
