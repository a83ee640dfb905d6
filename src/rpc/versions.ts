import { OCPP_VERSIONS, type OcppVersion } from '../domain/version.js';

export { OCPP_VERSIONS, type OcppVersion };

const SUBPROTOCOLS: Record<OcppVersion, string> = {
  '1.6': 'ocpp1.6',
  '2.0.1': 'ocpp2.0.1',
  '2.1': 'ocpp2.1',
};

export function subprotocolOf(version: OcppVersion): string {
  return SUBPROTOCOLS[version];
}

export function versionOfSubprotocol(protocol: string): OcppVersion | undefined {
  return OCPP_VERSIONS.find((v) => SUBPROTOCOLS[v] === protocol);
}

export function isOcppVersion(value: unknown): value is OcppVersion {
  return typeof value === 'string' && (OCPP_VERSIONS as readonly string[]).includes(value);
}

/** OCPP 2.1 added CALLRESULTERROR (5) and SEND (6); earlier versions only know 2, 3 and 4. */
export function supportsExtendedMessageTypes(version: OcppVersion): boolean {
  return version === '2.1';
}
