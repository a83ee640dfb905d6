/**
 * 1.6 security whitepaper certificate management of the reference Central System (OCTT §3.21.1): the default
 * InstallCertificate, GetInstalledCertificateIds and DeleteCertificate payloads (the operator's hint goes on top)
 * and the 1.6 faults of the OCTT validations of those requests.
 */
import { certificateHashData } from '../../../../pki/hash-data.js';
import type { Payload } from '../../../../rpc/codec.js';
import type { RequestBuilders } from '../../block-host.js';
import type { RequestContext } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];
type Certificate = (ctx: RequestContext<Faults>, type: string, hint: Payload) => string;

const bareBase64 = (pem: string): string => pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');

/** The 1.6 builders; `certificateFor` gives the hint's certificate or the PKI's for the type. */
export function requests16(certificateFor: Certificate): NonNullable<RequestBuilders<Faults>['1.6']> {
  return {
    GetInstalledCertificateIds: () => ({ certificateType: 'CentralSystemRootCertificate' }),
    InstallCertificate: (ctx, hint) => {
      const type = typeof hint.certificateType === 'string' ? hint.certificateType : 'CentralSystemRootCertificate';
      return { certificateType: type, certificate: certificateFor(ctx, type, hint) };
    },
    // The hint names what to delete (the hash data the Charge Point listed); the default: the PKI's Central System root, SHA256.
    DeleteCertificate: (ctx, hint) => {
      if (hint.certificateHashData !== undefined) return {};
      const pem = certificateFor(ctx, 'CentralSystemRootCertificate', {});
      return { certificateHashData: { ...certificateHashData(pem, undefined, 'SHA256') } };
    },
  };
}

/** The 1.6 request faults, after the operator's hint named the type, the certificate or the hash data. */
export function shapeRequest16(ctx: RequestContext<Faults>, action: string, payload: Payload): Payload {
  const has = ctx.csms.hasFault;
  if (action === 'InstallCertificate') {
    let out = payload;
    if (has('install-type-ignored')) out = { ...out, certificateType: 'CentralSystemRootCertificate' };
    if (has('install-certificate-not-pem')) out = { ...out, certificate: bareBase64(String(out.certificate)) };
    return out;
  }
  if (action === 'GetInstalledCertificateIds' && has('installed-ids-type-always')) return { ...payload, certificateType: 'CentralSystemRootCertificate' };
  if (action === 'DeleteCertificate' && has('delete-hash-algorithm-changed')) {
    // Names another hash algorithm than the one the Charge Point listed the certificate with (the hashes stay).
    const h = payload.certificateHashData as Payload | undefined;
    if (h) return { ...payload, certificateHashData: { ...h, hashAlgorithm: h.hashAlgorithm === 'SHA384' ? 'SHA512' : 'SHA384' } };
  }
  return payload;
}
