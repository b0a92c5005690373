/**
 * The port of the SMTP server the mail specs start in their own process (e2e/editor/mail.spec.ts);
 * the portal under test sends to it (playwright.config.ts sets SMTP_URL). The portal connects only
 * when it sends, so specs that send nothing need no server there.
 */
export const smtpPort = Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2);
