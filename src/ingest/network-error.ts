/** A failed request's cause in words a person on call understands ("connection refused", not a code). */
const CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused (nothing is listening on that host and port)',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'host name could not be resolved (DNS temporarily failing)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for the response',
  UND_ERR_SOCKET: 'connection closed by the server',
};

interface ErrorWithCause {
  name?: string;
  message?: string;
  code?: string;
  cause?: ErrorWithCause;
}

export function networkErrorMessage(e: unknown): string {
  const err = e as ErrorWithCause;
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'timed out';
  for (let c: ErrorWithCause | undefined = err; c; c = c.cause) {
    if (c.code && CODES[c.code]) return CODES[c.code]!;
    // fetch refuses ports the Fetch standard blocks (e.g. 1, 9, 25): say which rule that is.
    if (c.message === 'bad port') return 'port blocked by the Fetch standard ("bad port"); use another port';
  }
  const cause = err?.cause;
  return cause?.code ?? cause?.message ?? err?.message ?? String(e);
}
