/** Slack's request bodies as Slack sends them: slash commands form-encoded, interactions as `payload=`, events as JSON. */
import { form } from './fake-slack.ts';

export const TEAM = 'T1';
export const CHANNEL = 'C0PRACTICE';

export type Person = { id: string; name: string };

export function slashCommand(text: string, who: Person, responseUrl: string, channel = CHANNEL): string {
  return form({
    token: 'legacy-verification-token', team_id: TEAM, team_domain: 'test', channel_id: channel, channel_name: 'practice',
    user_id: who.id, user_name: who.name, command: '/coach', text, api_app_id: 'A1', response_url: responseUrl, trigger_id: `trigger-${Math.random()}`,
  });
}

export function buttonClick(actionId: string, value: string, who: Person, responseUrl: string, channel: string | null = CHANNEL): string {
  return form({
    payload: JSON.stringify({
      type: 'block_actions', team: { id: TEAM, domain: 'test' }, user: { id: who.id, name: who.name, team_id: TEAM }, api_app_id: 'A1', token: 'legacy',
      trigger_id: `trigger-${actionId}`,
      container: channel ? { type: 'message', channel_id: channel, is_ephemeral: true, message_ts: '1.1' } : { type: 'view', view_id: 'VHOME' },
      ...(channel ? { channel: { id: channel, name: 'practice' }, response_url: responseUrl } : { view: { id: 'VHOME', type: 'home' } }),
      actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1.2', text: { type: 'plain_text', text: 'x' } }],
    }),
  });
}

export function viewSubmission(callbackId: string, privateMetadata: string, answer: string | null, who: Person): string {
  return form({
    payload: JSON.stringify({
      type: 'view_submission', team: { id: TEAM, domain: 'test' }, user: { id: who.id, name: who.name, team_id: TEAM }, api_app_id: 'A1', token: 'legacy', trigger_id: 't',
      view: {
        id: 'V1', team_id: TEAM, type: 'modal', callback_id: callbackId, private_metadata: privateMetadata, hash: 'h1', blocks: [],
        state: { values: { answer: { 'answer-text': { type: 'plain_text_input', value: answer } } } },
        title: { type: 'plain_text', text: 'Answer' }, root_view_id: 'V1', app_id: 'A1', bot_id: 'BBOT',
      },
      response_urls: [],
    }),
  });
}

export function appHomeOpened(userId: string, tab: 'home' | 'messages' = 'home'): string {
  return JSON.stringify({
    token: 'legacy', team_id: TEAM, api_app_id: 'A1', type: 'event_callback', event_id: `Ev${Math.random().toString(36).slice(2)}`, event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM, user_id: 'UBOT', is_bot: true }],
    event: { type: 'app_home_opened', user: userId, channel: 'D1', tab, event_ts: `${Date.now() / 1000}` },
  });
}
