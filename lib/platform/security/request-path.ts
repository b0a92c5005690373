/**
 * The path and query a page was asked for, set by proxy.ts on every page request (any copy a
 * client sends is replaced): layouts get no URL of their own, and a sign-in or enrolment forced
 * by the editor's layout must return to the page asked for, not to the layout's root.
 */
export const REQUEST_PATH_HEADER = 'x-request-path';
