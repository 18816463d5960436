// HTTP header names both sides use. In a file without schemas, so the web app's first load can
// take them without zod (the package declares itself free of side effects but for zod-nl).

/** The CSRF token travels in this header on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';
