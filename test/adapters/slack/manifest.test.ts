import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COMMAND } from '../../../adapters/slack/listeners/commands/coach.ts';
import { ROOT } from '../../helpers/paths.ts';

const manifest = parse(readFileSync(join(ROOT, 'slack-manifest.yaml'), 'utf8'));

describe('slack-manifest.yaml', () => {
  it('declares the command the app listens to, interactivity, the Home tab and its event', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([COMMAND]);
    expect(manifest.features.slash_commands[0].description.length).toBeLessThanOrEqual(100);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_home_opened']);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('asks for exactly the scopes the adapter uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['channels:read', 'chat:write', 'chat:write.public', 'commands', 'files:write', 'groups:read', 'users:read']);
  });
});
