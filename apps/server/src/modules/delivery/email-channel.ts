import nodemailer from 'nodemailer';
import type { DeliveryChannel } from './channel.ts';

/** A mail server that does not answer must not hold the delivery job for minutes. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Email through SMTP with nodemailer. The URL carries host, port, TLS (smtps://) and credentials;
 * `from` is the sender shown to users. Subjects and bodies are Chinese: nodemailer encodes them
 * as UTF-8 (encoded words in headers, quoted-printable or base64 in the body).
 */
export function createEmailChannel(smtp: { url: string; from: string }): DeliveryChannel {
  const transport = nodemailer.createTransport({ url: smtp.url, ...TIMEOUTS });
  return {
    name: 'email',
    async send(message) {
      const info = await transport.sendMail({
        from: smtp.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
      // A server may accept the session but refuse the recipient: that is a failed delivery.
      if (info.rejected.length > 0) throw new Error(`收件人被拒绝: ${info.rejected.join(', ')}`);
    },
    close: () => transport.close(),
  };
}
