import 'server-only';
import { after } from 'next/server';
import { env } from '@/lib/platform/env';
import { smtpMailer, type Mailer } from './mailer';

let cached: Mailer | null | undefined;

/** The portal's mailer when SMTP_URL is set; null means "show the link to copy instead". */
export function configuredMailer(): Mailer | null {
  if (cached === undefined) cached = env.SMTP_URL ? smtpMailer(env.SMTP_URL, env.MAIL_FROM) : null;
  return cached;
}

export function mailConfigured(): boolean {
  return Boolean(env.SMTP_URL);
}

/**
 * The same mailer, sending after the response has gone: a notice never delays or fails the
 * action that caused it, and the time a "forgot password" answer takes says nothing about whether
 * a message was sent. A failure is logged, where an operator looks.
 */
export function afterResponseMailer(): Mailer | null {
  const mailer = configuredMailer();
  if (!mailer) return null;
  return {
    async send(message) {
      after(async () => {
        try {
          await mailer.send(message);
        } catch (error) {
          console.error(`Mail "${message.subject}" could not be sent:`, error);
        }
      });
    },
  };
}
