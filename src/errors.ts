/**
 * One error class for the whole harness. Callers match on `code`, never on `message`.
 * Every code is documented in docs/errors.md.
 */
export type HarnessErrorCode =
  | 'OCPPH_ERR_CONFIG'
  | 'OCPPH_ERR_USAGE'
  | 'OCPPH_ERR_CATALOGUE'
  | 'OCPPH_ERR_SUBPROTOCOL'
  | 'OCPPH_ERR_CONNECT'
  | 'OCPPH_ERR_TLS'
  | 'OCPPH_ERR_HTTP_STATUS'
  | 'OCPPH_ERR_NOT_CONNECTED'
  | 'OCPPH_ERR_CALL_TIMEOUT'
  | 'OCPPH_ERR_CONNECTION_CLOSED'
  | 'OCPPH_ERR_UNKNOWN_ACTION'
  | 'OCPPH_ERR_PKI'
  | 'OCPPH_ERR_CSR'
  | 'OCPPH_ERR_OPERATOR'
  | 'OCPPH_ERR_REPORT'
  | 'OCPPH_ERR_BROWSER'
  | 'OCPPH_ERR_SIMULATOR';

export class HarnessError extends Error {
  readonly code: HarnessErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: HarnessErrorCode, message: string, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HarnessError';
    this.code = code;
    this.details = details;
  }
}

export function isHarnessError(err: unknown, code?: HarnessErrorCode): err is HarnessError {
  return err instanceof HarnessError && (code === undefined || err.code === code);
}
