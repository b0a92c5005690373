import type { MailMessage } from './mailer';

// The words of every message the portal sends, in one place. Plain text: the reader sees the
// exact address of every link, which is what a careful person checks before following one.

const SIGNATURE = '\n\n— Caspian Briefings';

function when(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function invitationMessage(input: { to: string; role: string; url: string; expiresAt: Date; invitedBy: string }): MailMessage {
  return {
    to: input.to,
    subject: 'Your invitation to Caspian Briefings',
    text:
      `${input.invitedBy} invites you to join Caspian Briefings as ${input.role.toLowerCase()}.\n\n` +
      `Choose your name and password here (the link works once, until ${when(input.expiresAt)}):\n${input.url}\n\n` +
      `If you did not expect this, ignore this message: nothing happens without the link.${SIGNATURE}`,
  };
}

export function passwordResetMessage(input: { to: string; url: string; expiresAt: Date }): MailMessage {
  return {
    to: input.to,
    subject: 'Reset your Caspian Briefings password',
    text:
      `Someone (we hope you) asked to reset the password of this account.\n\n` +
      `Choose a new password here (the link works once, until ${when(input.expiresAt)}):\n${input.url}\n\n` +
      `If it was not you, ignore this message: your password stays as it is.${SIGNATURE}`,
  };
}

export function reviewRequestMessage(input: { to: string; title: string; author: string; reason: string; url: string }): MailMessage {
  return {
    to: input.to,
    subject: `A brief awaits your review: ${input.title}`,
    text: `${input.author} submitted “${input.title}” for review.\n\nTheir note: ${input.reason}\n\nOpen it in the editor:\n${input.url}${SIGNATURE}`,
  };
}

export function briefPublishedMessage(input: { to: string; title: string; by: string; url: string }): MailMessage {
  return {
    to: input.to,
    subject: `Your brief was published: ${input.title}`,
    text: `${input.by} published “${input.title}”.\n\nReaders see it here:\n${input.url}${SIGNATURE}`,
  };
}

export function briefReturnedMessage(input: { to: string; title: string; by: string; reason: string; url: string }): MailMessage {
  return {
    to: input.to,
    subject: `Your brief was returned: ${input.title}`,
    text: `${input.by} returned “${input.title}” to you as a draft.\n\nWhat to change: ${input.reason}\n\nOpen it in the editor:\n${input.url}${SIGNATURE}`,
  };
}

/** `scheduledBy` is null when the author scheduled it. */
export function briefPublishedOnScheduleMessage(input: { to: string; title: string; at: Date; scheduledBy: string | null; revision: number; url: string }): MailMessage {
  const by = `, as ${input.scheduledBy ?? 'you'} scheduled it`;
  return {
    to: input.to,
    subject: `Your brief was published on schedule: ${input.title}`,
    text: `“${input.title}” was published at ${when(input.at)}${by} (revision ${input.revision}).\n\nReaders see it here:\n${input.url}${SIGNATURE}`,
  };
}

export function scheduledPublicationFailedMessage(input: { to: string; title: string; at: Date; reason: string; url: string }): MailMessage {
  return {
    to: input.to,
    subject: `Your scheduled brief was not published: ${input.title}`,
    text:
      `“${input.title}” could not be published at ${when(input.at)}, so it is a draft again.\n\n${input.reason}\n\n` +
      `Open it in the editor, fix it and schedule it again:\n${input.url}${SIGNATURE}`,
  };
}
