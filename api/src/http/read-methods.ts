/** The methods that only read: no body, no change, no CSRF token, may go to a replica. */
export const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS'])
