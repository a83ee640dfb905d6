import type { OcppVersion } from '../domain/version.js';
import type { SutRole } from '../domain/role.js';
import type { Ics } from '../domain/ics.js';

/** The built-in defaults of an ICS: the last level of the config precedence (config.ts). */
export function defaultIcs(version: OcppVersion, sut: SutRole): Ics {
  return {
    version,
    sut,
    profiles: ['Core'],
    features: [],
    evses: [{ id: 1, connectors: 1 }],
    idTokens: {
      // Placeholders, valid ISO14443 UIDs (8 hex characters) because strict CSMSs reject others.
      valid: { idToken: 'AABB0001', type: 'ISO14443' },
      valid2: { idToken: 'AABB0002', type: 'ISO14443' },
      invalid: { idToken: 'BAD00001', type: 'ISO14443' },
      blocked: { idToken: 'B10C0001', type: 'ISO14443' },
      expired: { idToken: 'E0E00001', type: 'ISO14443' },
      masterPass: { idToken: 'CAFE0001', type: 'ISO14443' },
      masterPassGroup: { idToken: 'AA5A5A01', type: 'Central' },
      group: { idToken: 'C0FFEE01', type: 'Central' },
      // The CN of the test PKI's contract certificate (src/pki/roles.ts DEFAULT_PKI_PARAMS.emaid).
      emaid: { idToken: 'NLTSTC00000001', type: 'eMAID' },
    },
    securityProfile: 0,
    station: { id: 'CS001', vendor: 'OpenHarness', model: 'RefStation', serialNumber: 'SN-0001', firmwareVersion: '1.0.0' },
    heartbeatInterval: 300,
    timeouts: { messageMs: 10_000, maxTimeDeviationMs: 4_000, bootMs: 180_000 },
  };
}
