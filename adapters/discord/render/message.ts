/** The plain JSON the renderers produce: checked against Discord's limits in tests, sent as it is. */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type AttachmentPayload } from 'discord.js';
import { encodeCustomId, type CustomId } from '../custom-id.ts';
import { fit, LIMITS } from '../limits.ts';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

export type MessageBody = {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  files?: AttachmentPayload[];
};

export const COLOURS = { neutral: 0x5865f2, good: 0x57f287, fair: 0xfee75c, poor: 0xed4245 } as const;

export const colourFor = (percent: number) => (percent >= 70 ? COLOURS.good : percent >= 40 ? COLOURS.fair : COLOURS.poor);

/** Buttons that carry a custom id (link and premium buttons have none). */
export type ActionStyle = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;

export function button(label: string, id: CustomId, style: ActionStyle = ButtonStyle.Secondary): APIButtonComponent {
  return { type: ComponentType.Button, style, label: fit(label, LIMITS.buttonLabel), custom_id: encodeCustomId(id) };
}

export function row(...buttons: APIButtonComponent[]): ButtonRow {
  return { type: ComponentType.ActionRow, components: buttons };
}

/** Discord renders `<t:…>` in each reader's own time zone, which a bot cannot know. */
export const discordTime = (at: Date, style: 't' | 'f' | 'R' = 'f') => `<t:${Math.floor(at.getTime() / 1000)}:${style}>`;
