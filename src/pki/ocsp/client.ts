/**
 * The OCSP client side: a request for OCPP hash data, a POST to a responder, and the reading of
 * a response (what a CSMS does for GetCertificateStatus, and what a case checks of its ocspResult).
 */
import { AsnConvert } from '@peculiar/asn1-schema';
import { BasicOCSPResponse, OCSPRequest, OCSPResponse, OCSPResponseStatus, Request, TBSRequest, id_pkix_ocsp_basic } from '@peculiar/asn1-ocsp';
import { HarnessError } from '../../errors.js';
import type { CertificateHashData } from '../hash-data.js';
import { certIdDer, certIdFromHashData, certIdSerial } from './cert-id.js';
import type { OcspCertStatus } from './responder.js';

/** The DER OCSPRequest for one certificate, named by its OCPP hash data (no nonce: OCPP caches the answer). */
export function ocspRequestFor(hash: CertificateHashData): Buffer {
  return Buffer.from(AsnConvert.serialize(new OCSPRequest({ tbsRequest: new TBSRequest({ requestList: [new Request({ reqCert: certIdFromHashData(hash) })] }) })));
}

export interface ReadOcspResponse {
  /** OCSPResponseStatus name (`successful`, `malformedRequest`, ...). */
  responseStatus: string;
  /** Per certificate answered: its serial (OCPP hex) and status. */
  certificates: Array<{ serialNumber: string; status: OcspCertStatus; certIdDer: Buffer }>;
}

/** Reads a DER OCSPResponse; throws a HarnessError (OCPPH_ERR_PKI) naming what does not parse. */
export function readOcspResponse(der: Buffer): ReadOcspResponse {
  let res: OCSPResponse;
  try {
    res = AsnConvert.parse(der, OCSPResponse);
  } catch (err) {
    throw new HarnessError('OCPPH_ERR_PKI', `not a DER OCSPResponse: ${(err as Error).message}`, undefined, { cause: err });
  }
  const responseStatus = OCSPResponseStatus[res.responseStatus] ?? String(res.responseStatus);
  if (!res.responseBytes) return { responseStatus, certificates: [] };
  if (res.responseBytes.responseType !== id_pkix_ocsp_basic) throw new HarnessError('OCPPH_ERR_PKI', `the OCSPResponse carries ${res.responseBytes.responseType}, not a BasicOCSPResponse`);
  let basic: BasicOCSPResponse;
  try {
    basic = AsnConvert.parse(res.responseBytes.response.buffer, BasicOCSPResponse);
  } catch (err) {
    throw new HarnessError('OCPPH_ERR_PKI', `the BasicOCSPResponse does not parse: ${(err as Error).message}`, undefined, { cause: err });
  }
  return {
    responseStatus,
    certificates: basic.tbsResponseData.responses.map((r) => ({
      serialNumber: certIdSerial(r.certID),
      status: r.certStatus.revoked ? 'revoked' : r.certStatus.good !== undefined ? 'good' : 'unknown',
      certIdDer: certIdDer(r.certID),
    })),
  };
}

/** POSTs a request to `url` and returns the DER response; HarnessError OCPPH_ERR_CONNECT when the responder cannot be reached. */
export async function fetchOcsp(url: string, requestDer: Buffer, timeoutMs = 10_000): Promise<Buffer> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/ocsp-request' }, body: requestDer, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    throw new HarnessError('OCPPH_ERR_CONNECT', `the OCSP responder ${url} could not be reached: ${(err as Error).message}`, { url }, { cause: err });
  }
  if (!res.ok) throw new HarnessError('OCPPH_ERR_CONNECT', `the OCSP responder ${url} answered HTTP ${res.status}`, { url });
  return Buffer.from(await res.arrayBuffer());
}
