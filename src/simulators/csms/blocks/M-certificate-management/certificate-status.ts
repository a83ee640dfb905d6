/**
 * GetCertificateStatus (M06) of the reference CSMS: asks the OCSP responder the station names for the
 * certificate its hash data names and hands the DER OCSPResponse back, base64 encoded (M06.FR.x: the CSMS
 * relays, the station caches). A responder that cannot be reached is status Failed, never a CALLERROR.
 */
import type { Payload } from '../../../../rpc/codec.js';
import { fetchOcsp, ocspRequestFor } from '../../../../pki/ocsp/client.js';
import type { CertificateHashData } from '../../../../pki/hash-data.js';
import { ok, type CallHandler } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

/** How long the CSMS waits for the responder: well inside the station's message timeout. */
const OCSP_TIMEOUT_MS = 5_000;

export const getCertificateStatus: CallHandler<Faults> = async (p, ctx) => {
  const data = p.ocspRequestData as (CertificateHashData & { responderURL?: string }) | undefined;
  const stationId = ctx.session.stationId;
  if (!data?.responderURL) return ok({ status: 'Failed', statusInfo: { reasonCode: 'NoResponderURL' } });
  let request: Buffer;
  try {
    request = ocspRequestFor(data);
  } catch (err) {
    ctx.csms.log(`${stationId}: GetCertificateStatus Failed: ${(err as Error).message}`, 'warn');
    return ok({ status: 'Failed', statusInfo: { reasonCode: 'InvalidHashData' } });
  }
  // Fault: the request, not the response, goes back.
  if (ctx.csms.hasFault('certificate-status-not-ocsp')) return ok({ status: 'Accepted', ocspResult: request.toString('base64') } satisfies Payload);
  try {
    const der = await fetchOcsp(data.responderURL, request, OCSP_TIMEOUT_MS);
    return ok({ status: 'Accepted', ocspResult: der.toString('base64') });
  } catch (err) {
    ctx.csms.log(`${stationId}: GetCertificateStatus Failed: ${(err as Error).message}`, 'warn');
    return ok({ status: 'Failed', statusInfo: { reasonCode: 'ResponderUnreachable' } });
  }
};
