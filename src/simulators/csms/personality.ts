/**
 * The reference CSMS's personalities (src/simulators/personalities.ts) where they touch answers:
 * optional response fields and a delay before answering or sending. Conformant choices, not faults.
 */
import type { Payload } from '../../rpc/codec.js';
import type { OcppVersion } from '../../rpc/versions.js';

const DAY_MS = 24 * 3600 * 1000;

/** 2.0.1 responses whose schema has an optional statusInfo (StatusInfoType, Part 2 2.2.x). */
const WITH_STATUS_INFO = new Set(['BootNotification', 'SignCertificate', 'Get15118EVCertificate', 'GetCertificateStatus', 'DataTransfer']);

/** 2.0.1 IdTokenInfoType: cacheExpiryDateTime, language1 and personalMessage are 0..1. */
function idTokenInfo201(info: Payload, now: Date): Payload {
  return {
    cacheExpiryDateTime: new Date(now.getTime() + DAY_MS).toISOString(),
    language1: 'en',
    personalMessage: { format: 'UTF8', language: 'en', content: `Token ${String(info.status)}` },
    ...info,
  };
}

/** 1.6 IdTagInfo: expiryDate is 0..1 (1.6 7.23). */
function idTagInfo16(info: Payload, now: Date): Payload {
  return { expiryDate: new Date(now.getTime() + DAY_MS).toISOString(), ...info };
}

/**
 * Personality optional-fields: the answer with the optional fields a CSMS may add. Fields the handler
 * set win; required ones are never touched. Reason codes from Part 2 Appendix "Reason codes" (NoError, Unspecified).
 */
export function withOptionalFields(version: OcppVersion, action: string, payload: Payload, now: Date): Payload {
  const out: Payload = { ...payload };
  const info = (key: string, add: (p: Payload, now: Date) => Payload) => {
    const v = out[key];
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) out[key] = add(v as Payload, now);
  };
  if (version === '1.6') {
    info('idTagInfo', idTagInfo16);
    return out;
  }
  info('idTokenInfo', idTokenInfo201);
  if (WITH_STATUS_INFO.has(action) && typeof out.status === 'string' && out.statusInfo === undefined) {
    out.statusInfo = { reasonCode: out.status === 'Accepted' ? 'NoError' : 'Unspecified', additionalInfo: `reference CSMS: ${out.status}` };
  }
  return out;
}

/** A wait the CSMS's stop() need not cancel: it never keeps the process alive. */
export function pause(ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
