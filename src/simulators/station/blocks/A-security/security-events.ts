/**
 * A Security, the security log's vocabulary: which events are critical (sent to the CSMS), their
 * 1.6 names, and which event a failed connection attempt is (A00.FR.310/316/323).
 */
import type { HarnessError } from '../../../../errors.js';

/** Critical events (part 2 appendix 1): sent to the CSMS. Others are only logged. */
export const CRITICAL_EVENTS: ReadonlySet<string> = new Set([
  'FirmwareUpdated', 'SettingSystemTime', 'StartupOfTheDevice', 'ResetOrReboot', 'SecurityLogWasCleared', 'MemoryExhaustion',
  'TamperDetectionActivated', 'InvalidFirmwareSignature', 'InvalidFirmwareSigningCertificate', 'InvalidCsmsCertificate',
  'InvalidCentralSystemCertificate', 'InvalidChargingStationCertificate', 'InvalidChargePointCertificate', 'InvalidTLSVersion', 'InvalidTLSCipherSuite',
]);

/** 2.0.1 names -> 1.6 security whitepaper names, where they differ. */
export const EVENT_NAMES_16: Record<string, string> = {
  InvalidCsmsCertificate: 'InvalidCentralSystemCertificate',
  InvalidChargingStationCertificate: 'InvalidChargePointCertificate',
};

export interface SecurityLogEntry {
  type: string;
  timestamp: string;
  techInfo?: string;
  critical: boolean;
}

/** Which security event a failed connection attempt is (undefined: not a security matter). */
export function classifyConnectFailure(err: HarnessError): string | undefined {
  if (err.code === 'OCPPH_ERR_HTTP_STATUS' && err.details?.status === 401) return 'FailedToAuthenticateAtCsms';
  if (err.code !== 'OCPPH_ERR_TLS') return undefined;
  const code = String(err.details?.code ?? '');
  const text = `${code} ${err.message}`;
  if (/PROTOCOL_VERSION|UNSUPPORTED_PROTOCOL|WRONG_VERSION|protocol version|unsupported protocol/i.test(text)) return 'InvalidTLSVersion';
  if (/NO_SHARED_CIPHER|HANDSHAKE_FAILURE|no shared cipher|handshake failure/i.test(text)) return 'InvalidTLSCipherSuite';
  if (/CERT|SELF_SIGNED|UNABLE_TO|DEPTH_ZERO|ALTNAME|certificate/i.test(text)) return 'InvalidCsmsCertificate';
  return 'InvalidCsmsCertificate';
}
