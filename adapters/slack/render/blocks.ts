/** Block Kit pieces, each cut to Slack's limits, so no render can build a payload Slack refuses. */
import type { types } from '@slack/bolt';
import { LIMITS } from '../limits.ts';
import { fit } from '../mrkdwn.ts';

export type Block = types.KnownBlock;
export type Button = types.Button;
/** A message: `text` is the notification fallback (also mrkdwn, also escaped), `blocks` what people see. */
export type SlackMessage = { text: string; blocks: Block[] };

export const header = (text: string): Block => ({ type: 'header', text: { type: 'plain_text', text: fit(text, LIMITS.headerText), emoji: true } });

/** `text` must already be mrkdwn with user text escaped. */
export const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text: fit(text, LIMITS.sectionText) } });

export const context = (...texts: string[]): Block => ({
  type: 'context',
  elements: texts.slice(0, LIMITS.contextElements).map((t) => ({ type: 'mrkdwn', text: fit(t, LIMITS.sectionText) })),
});

export const divider = (): Block => ({ type: 'divider' });

export function button(text: string, actionId: string, value?: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: fit(text, LIMITS.buttonText), emoji: true },
    action_id: actionId,
    ...(value !== undefined ? { value } : {}),
    ...(style ? { style } : {}),
  };
}

export const actions = (...elements: Button[]): Block => ({ type: 'actions', elements });

/** Keeps a message within its block limit, replacing the tail by a note rather than being refused. */
export function capped(blocks: Block[], max: number = LIMITS.messageBlocks): Block[] {
  if (blocks.length <= max) return blocks;
  const last = blocks.at(-1)!;
  const keepLast = last.type === 'actions' ? 1 : 0;
  return [...blocks.slice(0, max - 1 - keepLast), context('_… shortened to fit Slack._'), ...blocks.slice(blocks.length - keepLast)];
}

/** A message with a one-line notification text. */
export const message = (text: string, blocks: Block[]): SlackMessage => ({ text: fit(text, LIMITS.sectionText), blocks: capped(blocks) });

/** A short notice: an error, a confirmation. `text` is mrkdwn with user text escaped. */
export const notice = (text: string): SlackMessage => message(text, [section(text)]);
