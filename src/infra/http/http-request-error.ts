/** A request the client got wrong: answered with its 4xx status and message, logged below error level. */
export class HttpRequestError extends Error {
  override name = 'HttpRequestError';
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
