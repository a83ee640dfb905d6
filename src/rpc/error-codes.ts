import type { OcppVersion } from './versions.js';

/** RPC framework error codes per version. 1.6 keeps its original misspellings. */
const CODES_16 = [
  'NotImplemented', 'NotSupported', 'InternalError', 'ProtocolError', 'SecurityError',
  'FormationViolation', 'PropertyConstraintViolation', 'OccurenceConstraintViolation',
  'TypeConstraintViolation', 'GenericError',
] as const;

const CODES_201 = [
  'FormatViolation', 'GenericError', 'InternalError', 'MessageTypeNotSupported', 'NotImplemented',
  'NotSupported', 'OccurrenceConstraintViolation', 'PropertyConstraintViolation', 'ProtocolError',
  'RpcFrameworkError', 'SecurityError', 'TypeConstraintViolation',
] as const;

export type RpcErrorCode = (typeof CODES_16)[number] | (typeof CODES_201)[number];

export function rpcErrorCodesOf(version: OcppVersion): readonly string[] {
  return version === '1.6' ? CODES_16 : CODES_201;
}

export function isValidRpcErrorCode(version: OcppVersion, code: unknown): boolean {
  return typeof code === 'string' && rpcErrorCodesOf(version).includes(code);
}

/** The code to answer a frame that is not valid OCPP-J at all. */
export function formatViolationCode(version: OcppVersion): RpcErrorCode {
  return version === '1.6' ? 'FormationViolation' : 'FormatViolation';
}

/** Maps an ajv error keyword to the OCPP-J error code a receiver answers with. */
export function schemaKeywordToRpcError(version: OcppVersion, keyword: string): RpcErrorCode {
  const v16 = version === '1.6';
  switch (keyword) {
    case 'required':
    case 'minItems':
    case 'maxItems':
      return v16 ? 'OccurenceConstraintViolation' : 'OccurrenceConstraintViolation';
    case 'type':
      return 'TypeConstraintViolation';
    case 'enum':
    case 'const':
    case 'maxLength':
    case 'minLength':
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
    case 'multipleOf':
    case 'pattern':
    case 'format':
      return 'PropertyConstraintViolation';
    case 'additionalProperties':
      return formatViolationCode(version);
    default:
      return formatViolationCode(version);
  }
}
