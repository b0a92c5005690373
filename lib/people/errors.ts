/**
 * An expected refusal (a rule of the domain, not a fault): the actions turn it into
 * `{ ok: false, message, fieldErrors }`, and a transaction that throws it changes nothing.
 */
export class PeopleError extends Error {
  constructor(
    message: string,
    /** The form field the message belongs to, when it is about one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'PeopleError';
  }
}
