/**
 * Warnings accepted by name in content/ERRATA.md, under `## Accepted warnings`, one bullet each:
 * `- <id>: <field>: <message> — <reason>` (the warning exactly as `validate` prints it, then why it stays).
 * An acceptance that matches no warning is itself reported, so the list cannot go stale silently.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Warning } from './problems.ts';

export const ERRATA_FILE = 'ERRATA.md';
export type Acceptance = { key: string; reason: string; line: number };
export type AcceptedWarning = Warning & { reason: string };

export const warningKey = (w: Warning) => `${w.id}: ${w.field}: ${w.message}`;

export function parseAcceptances(markdown: string): Acceptance[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: Acceptance[] = [];
  let inSection = false;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (/^#{1,6}\s/.test(line)) {
      inSection = /^##\s+Accepted warnings\s*$/i.test(line);
      return;
    }
    if (!inSection) return;
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (!bullet) return;
    const text = bullet[1]!;
    const cut = text.indexOf(' — ');
    if (cut < 0) return;
    // The key may be written in backticks so Markdown leaves it alone.
    const key = text.slice(0, cut).trim().replace(/^`(.*)`$/, '$1');
    out.push({ key, reason: text.slice(cut + 3).trim(), line: i + 1 });
  });
  return out;
}

/** The acceptances of a content folder (none for a seed file or a folder without ERRATA.md). */
export function readAcceptances(bankPath: string): Acceptance[] {
  if (!existsSync(bankPath) || !statSync(bankPath).isDirectory()) return [];
  const file = join(bankPath, ERRATA_FILE);
  return existsSync(file) ? parseAcceptances(readFileSync(file, 'utf8')) : [];
}

export function applyAcceptances(
  warnings: Warning[],
  acceptances: Acceptance[],
): { warnings: Warning[]; accepted: AcceptedWarning[] } {
  const byKey = new Map(acceptances.map((a) => [a.key, a]));
  const used = new Set<string>();
  const open: Warning[] = [];
  const accepted: AcceptedWarning[] = [];
  for (const w of warnings) {
    const a = byKey.get(warningKey(w));
    if (a) {
      accepted.push({ ...w, reason: a.reason });
      used.add(a.key);
    } else open.push(w);
  }
  for (const a of acceptances) {
    if (!used.has(a.key)) {
      open.push({ id: 'bank', field: ERRATA_FILE, message: `line ${a.line} accepts a warning that does not occur: "${a.key}"` });
    }
  }
  return { warnings: open, accepted };
}
