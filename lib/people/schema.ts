import { z } from 'zod';
import { Role } from '@/lib/generated/prisma/enums';
import { PASSWORDS_DIFFER } from './password-messages';
import { INVITE_TOKEN_PATTERN } from './tokens';

// Shared by the server actions (which validate every submission) and the forms' field names.

const email = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .max(320, 'That email address is too long.')
  .pipe(z.email('Enter a valid email address, like name@example.org.'));

const name = z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(120, 'Keep the name under 120 characters.');

const role = z.enum(Role, { error: 'Choose a role.' });

/** Ids come from the database (cuid) or from test fixtures; either way, short and URL-safe. */
export const userIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Unknown account.');

const reason = z
  .string({ error: 'Give a reason; it is kept in the audit log.' })
  .trim()
  .min(3, 'Give a reason; it is kept in the audit log.')
  .max(500, 'Keep the reason under 500 characters.');

// Length only: the rules themselves are passwordProblem's, checked by lib/people.
const password = z.string({ error: 'Enter a password.' }).min(1, 'Enter a password.').max(1024, 'That password is too long.');

export const inviteSchema = z.object({
  email,
  role,
  name: z
    .string()
    .trim()
    .max(120, 'Keep the name under 120 characters.')
    .optional()
    .transform((v) => v || undefined),
});

export const deactivateSchema = z.object({
  id: userIdSchema,
  reason,
  confirm: z.literal('yes', { error: 'Tick the box to confirm.' }),
});

export const changeRoleSchema = z.object({ id: userIdSchema, role, reason });

export const tokenSchema = z.string().regex(INVITE_TOKEN_PATTERN, 'This invitation link is not valid.');

export const acceptSchema = z
  .object({ token: tokenSchema, name, password, confirmPassword: z.string().max(1024) })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: PASSWORDS_DIFFER });

export const setOwnPasswordSchema = z
  .object({ currentPassword: password, newPassword: password, confirmPassword: z.string().max(1024) })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: PASSWORDS_DIFFER });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({ token: z.string().regex(INVITE_TOKEN_PATTERN, 'This reset link is not valid.'), password, confirmPassword: z.string().max(1024) })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: PASSWORDS_DIFFER });
