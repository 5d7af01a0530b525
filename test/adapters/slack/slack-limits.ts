/** Checks a Block Kit payload against Slack's documented limits; returns every breach found. */
import { LIMITS } from '../../../adapters/slack/limits.ts';

type Json = Record<string, any>;

export function breaches(payload: { blocks: Json[] } & Json, kind: 'message' | 'modal' | 'home'): string[] {
  const out: string[] = [];
  const max = kind === 'message' ? LIMITS.messageBlocks : LIMITS.viewBlocks;
  if (payload.blocks.length > max) out.push(`${payload.blocks.length} blocks > ${max}`);
  if (kind === 'modal') {
    if (payload.title.text.length > LIMITS.modalTitle) out.push(`modal title ${payload.title.text.length}`);
    for (const k of ['submit', 'close']) if (payload[k] && payload[k].text.length > LIMITS.modalButton) out.push(`modal ${k} ${payload[k].text.length}`);
    if ((payload.private_metadata ?? '').length > LIMITS.privateMetadata) out.push('private_metadata');
  }
  if (kind === 'message' && typeof payload.text === 'string' && payload.text.length > LIMITS.messageText) out.push('message text');
  for (const [i, b] of payload.blocks.entries()) {
    const at = `block ${i} (${b.type})`;
    if (b.block_id && b.block_id.length > LIMITS.blockId) out.push(`${at}: block_id`);
    if (b.type === 'header' && b.text.text.length > LIMITS.headerText) out.push(`${at}: header ${b.text.text.length}`);
    if (b.type === 'section') {
      if (b.text && b.text.text.length > LIMITS.sectionText) out.push(`${at}: section text ${b.text.text.length}`);
      if (b.text && b.text.text.length === 0) out.push(`${at}: empty section text`);
    }
    if (b.type === 'context') {
      if (b.elements.length > LIMITS.contextElements) out.push(`${at}: ${b.elements.length} context elements`);
      for (const e of b.elements) if (e.text.length > LIMITS.sectionText) out.push(`${at}: context text`);
    }
    if (b.type === 'actions') {
      if (b.elements.length > 25) out.push(`${at}: too many elements`);
      for (const e of b.elements) {
        if (e.text.text.length > LIMITS.buttonText) out.push(`${at}: button text ${e.text.text.length}`);
        if (e.action_id.length > LIMITS.actionId) out.push(`${at}: action_id`);
        if ((e.value ?? '').length > LIMITS.buttonValue) out.push(`${at}: button value`);
      }
    }
    if (b.type === 'input') {
      if (b.element.max_length > LIMITS.answerChars) out.push(`${at}: max_length`);
      if (b.element.action_id.length > LIMITS.actionId) out.push(`${at}: action_id`);
      if (b.label.text.length > 2000) out.push(`${at}: label`);
      if (b.hint && b.hint.text.length > 2000) out.push(`${at}: hint`);
      if (b.element.placeholder && b.element.placeholder.text.length > 150) out.push(`${at}: placeholder`);
    }
  }
  return out;
}
