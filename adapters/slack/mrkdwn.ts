/**
 * Text for Slack's mrkdwn. Anything a person typed (answers, names, echoed command values) goes through
 * `escape`, so `<!channel>`, `<@U…>` or `<https://evil|click>` arrive as text and never as a ping or a link.
 */

/** Slack's three control characters, as its docs ask; `&` first so entities are not escaped twice. */
export const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Slack sends slash command text with the same three characters escaped; we parse what the person typed. */
export const unescape = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * Cuts text to `max` characters with an ellipsis, never inside a surrogate pair or an entity such as
 * `&amp;` (a half entity would show as garbage).
 */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  return `${cut}…`;
}

/** A list as mrkdwn bullets, as many as fit in `max` characters, then how many more there were. */
export function bullets(items: readonly string[], max: number, empty = '_none_'): string {
  if (items.length === 0) return empty;
  const lines: string[] = [];
  let used = 0;
  for (let i = 0; i < items.length; i++) {
    const line = `• ${items[i]}`;
    const more = `\n_… and ${items.length - i} more_`;
    if (used + line.length + 1 + more.length > max) {
      lines.push(more.trim());
      return fit(lines.join('\n'), max);
    }
    lines.push(line);
    used += line.length + 1;
  }
  return fit(lines.join('\n'), max);
}
