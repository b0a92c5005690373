import nodemailer from 'nodemailer';

/** One message of the portal's own: plain text, so that links are shown exactly as they are. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends a message or throws; domain code takes one as an argument, like `db`. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * Mail through an SMTP server given as a URL (smtp://user:pass@host:587, smtps://… for implicit
 * TLS). Timeouts are short: a form should never hang on a slow mail server.
 */
export function smtpMailer(url: string, from: string): Mailer {
  // Settings in the URL's query (?secure=true, …) win over these defaults.
  const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }, { from });
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
