// Plain strings, shared by the zod schemas and the browser forms (which must not load the schemas).

/** Said where the two password fields differ; the forms catch it first and keep both as typed. */
export const PASSWORDS_DIFFER = 'The two passwords differ: type the same password in both fields.';
