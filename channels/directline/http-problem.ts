/** A refusal with its HTTP status and the Direct Line error code the client sees. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
