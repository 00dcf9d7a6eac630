/** A refusal with its HTTP status and the Direct Line error code the client sees. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** For a 429: when the client may try again (sent as Retry-After, RFC 9110). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
