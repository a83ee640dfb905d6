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

/**
 * The CLI exit code for an error that ends a command: 2 when the user's input is at fault (config,
 * flags, catalogue, PKI folder), 1 otherwise. docs/errors.md lists the same, checked by a test.
 */
export const EXIT_CODES: Readonly<Record<HarnessErrorCode, 1 | 2>> = {
  OCPPH_ERR_CONFIG: 2,
  OCPPH_ERR_USAGE: 2,
  OCPPH_ERR_CATALOGUE: 2,
  OCPPH_ERR_PKI: 2,
  OCPPH_ERR_SUBPROTOCOL: 1,
  OCPPH_ERR_CONNECT: 1,
  OCPPH_ERR_TLS: 1,
  OCPPH_ERR_HTTP_STATUS: 1,
  OCPPH_ERR_NOT_CONNECTED: 1,
  OCPPH_ERR_CALL_TIMEOUT: 1,
  OCPPH_ERR_CONNECTION_CLOSED: 1,
  OCPPH_ERR_UNKNOWN_ACTION: 1,
  OCPPH_ERR_CSR: 1,
  OCPPH_ERR_OPERATOR: 1,
  OCPPH_ERR_REPORT: 1,
  OCPPH_ERR_BROWSER: 1,
  OCPPH_ERR_SIMULATOR: 1,
};

export function exitCodeOf(code: HarnessErrorCode): 1 | 2 {
  return EXIT_CODES[code];
}

export function isHarnessError(err: unknown, code?: HarnessErrorCode): err is HarnessError {
  return err instanceof HarnessError && (code === undefined || err.code === code);
}
