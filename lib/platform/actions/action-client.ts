import 'server-only';
import type { z } from 'zod';
import type { Role } from '@/lib/generated/prisma/enums';
import { authorizeAction, type SessionUser } from '@/lib/platform/auth/session';
import { unlessDatabaseAway } from '@/lib/platform/db/unavailable';
import { fieldErrors, formEntries, formFields } from '@/lib/platform/forms/form-input';
import type { Failure } from '@/lib/platform/result';

/**
 * The one way to declare a server action. The session and role are checked first, inside the
 * action itself (never left to the proxy or the page that shows the form); then the input is read
 * (a forged or missing form reads as empty fields) and parsed with the schema, its errors mapped
 * once; then the body runs, with a database outage answered by `unavailable` when given.
 * lib/platform/security/actions-guarded.test.ts checks that every action file declares its
 * actions here, and e2e/security/actions.spec.ts calls each one in the build.
 *
 * `access` is the least role, `{ role, enrolling }` for the two-factor enrolment (the one action
 * open to an account that must enrol first), `{ role, awaitingCode }` for the code step of a
 * single sign-on (the one action open to such a session), or `{ public: reason }` for the few
 * actions that are how one gets a session, or whose token is the authority.
 */
export type Access = Role | { role: Role; enrolling?: true; awaitingCode?: true } | { public: string };

/** What a refused form gets back: the failure, and what was typed (`keep`), so nothing is lost. */
export type FormFailure = Failure<{ values?: Record<string, string> }>;

type UserOf<A extends Access> = A extends { public: string } ? null : SessionUser;

interface Spec<A extends Access, S extends z.ZodType, R> {
  access: A;
  schema: S;
  /** The message of a form that does not parse (its field errors come with it), or the whole answer. */
  invalid: string | ((error: z.ZodError, values: Record<string, string>) => NoInfer<R>);
  /** The answer when the database cannot be reached while the body runs. */
  unavailable?: string;
}

interface FormSpec<A extends Access, S extends z.ZodType, R> extends Spec<A, S, R> {
  /** Fields given back as `values` with every failure (never passwords); 'all' for every field. */
  keep?: readonly string[] | 'all';
}

interface CallSpec<A extends Access, S extends z.ZodType, R> extends Spec<A, S, R> {
  /** Called as a `<form action>`: the one argument is the submitted form. */
  form?: true;
}

/** A public action answers only what its body and `invalid` answer; any other may also be refused. */
type Answer<A extends Access, R> = A extends { public: string } ? R : FormFailure extends R ? R : R | FormFailure;

async function authorize(access: Access): Promise<{ user: SessionUser | null; denied?: Failure }> {
  if (typeof access === 'object' && 'public' in access) return { user: null };
  const role = typeof access === 'string' ? access : access.role;
  const options = typeof access === 'string' ? {} : { enrolling: access.enrolling, awaitingCode: access.awaitingCode };
  const { user, denied } = await authorizeAction(role, options);
  return user ? { user } : { user: null, denied };
}

async function run<A extends Access, S extends z.ZodType, R>(
  spec: Spec<A, S, R>,
  raw: unknown,
  values: Record<string, string> | undefined,
  body: (input: z.output<S>, ctx: { user: UserOf<A>; values: Record<string, string> }) => Promise<R>,
): Promise<R | FormFailure> {
  const { user, denied } = await authorize(spec.access);
  const kept = values ? { values } : {};
  if (denied) return { ...denied, ...kept };
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    if (typeof spec.invalid === 'function') return spec.invalid(parsed.error, values ?? {});
    return { ok: false, message: spec.invalid, fieldErrors: fieldErrors(parsed.error), ...kept };
  }
  const ctx = { user: user as UserOf<A>, values: values ?? {} };
  const answer = spec.unavailable ? await unlessDatabaseAway(spec.unavailable, () => body(parsed.data, ctx)) : await body(parsed.data, ctx);
  if (values && isFailure(answer) && !('values' in answer)) return { ...answer, values };
  return answer;
}

function isFailure(answer: unknown): answer is Failure {
  return typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === false;
}

/** An action for `useActionState`: `(previous state, form) => state`. */
export function formAction<A extends Access, S extends z.ZodType, R>(
  spec: FormSpec<A, S, R>,
  body: (input: z.output<S>, ctx: { user: UserOf<A>; values: Record<string, string> }) => Promise<R>,
): (prev: unknown, formData: FormData) => Promise<Answer<A, R>> {
  return async (_prev, formData) => {
    const values = spec.keep === 'all' ? formEntries(formData) : spec.keep ? formFields(formData, spec.keep) : undefined;
    return (await run(spec, formEntries(formData), values, body)) as Answer<A, R>;
  };
}

/** An action called with one argument: an object from client code, or a form (`form: true`). */
export function callAction<A extends Access, S extends z.ZodType, R>(
  spec: CallSpec<A, S, R> & { form: true },
  body: (input: z.output<S>, ctx: { user: UserOf<A> }) => Promise<R>,
): (formData?: FormData) => Promise<Answer<A, R>>;
export function callAction<A extends Access, S extends z.ZodType, R>(
  spec: CallSpec<A, S, R>,
  body: (input: z.output<S>, ctx: { user: UserOf<A> }) => Promise<R>,
): (input: z.input<S>) => Promise<Answer<A, R>>;
export function callAction<A extends Access, S extends z.ZodType, R>(
  spec: CallSpec<A, S, R>,
  body: (input: z.output<S>, ctx: { user: UserOf<A> }) => Promise<R>,
): (input: unknown) => Promise<Answer<A, R>> {
  return async (input: unknown) => (await run(spec, spec.form ? formEntries(input) : input, undefined, body)) as Answer<A, R>;
}
