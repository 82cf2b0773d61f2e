import type { Config } from '../../config/env.ts';
import { createEmailChannel } from './email-channel.ts';

/** One message to one address, as the outbox (table `deliveries`) holds it. */
export interface DeliveryMessage {
  /** The address on the channel: an email address for 'email'. */
  to: string;
  subject: string;
  text: string;
}

/**
 * A way of reaching users outside the app (G7 item 6). The delivery job sends each outbox row
 * through the channel named in it; a channel throws when the message was not accepted.
 */
export interface DeliveryChannel {
  /** The `deliveries.channel` value it sends, e.g. 'email'. */
  name: string;
  send(message: DeliveryMessage): Promise<void>;
  close?(): void;
}

export const EMAIL_CHANNEL = 'email';

/** The channels this deployment has: email when SMTP is configured, otherwise none. */
export function configuredChannels(config: Config): DeliveryChannel[] {
  return config.smtp ? [createEmailChannel(config.smtp)] : [];
}
