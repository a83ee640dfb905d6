/**
 * Get V2G Charging Station Certificate status (M06) of the reference station: once a new V2G certificate is
 * installed, it asks the CSMS for the OCSP status of the certificate and of each sub-CA of its chain
 * (M06.FR.06/07; one GetCertificateStatusRequest per certificate) and caches what comes back.
 */
import { X509Certificate } from 'node:crypto';
import { certificateHashData } from '../../../../pki/hash-data.js';
import type { BlockHost } from '../../block-host.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

const splitPem = (pem: string): string[] => pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];

/**
 * The responder a certificate without an OCSP address (no Authority Information Access) is asked about. The test
 * PKI's certificates name none; the CSMS asks its own responder (responderURL is required in OCPP, M06 remark).
 */
export const DEFAULT_RESPONDER_URL = 'http://127.0.0.1/ocsp';

/** The OCSP address the certificate names (AIA "OCSP - URI:..."), else the default. */
function responderOf(cert: X509Certificate): string {
  const m = /OCSP - URI:(\S+)/.exec(cert.infoAccess ?? '');
  return m?.[1] ?? DEFAULT_RESPONDER_URL;
}

export class CertificateStatus {
  /** The cached OCSP responses (base64 DER), by certificate serial number (M06.FR.06). */
  readonly cache = new Map<string, string>();

  constructor(private readonly host: BlockHost<Faults>) {}

  /**
   * After a new V2G certificate chain (leaf first) was installed: one GetCertificateStatusRequest for the leaf and
   * one per sub-CA (M06.FR.07), each with the hash data of the certificate and its issuer (the next in the chain; for
   * the last sub-CA the installed V2G root that issued it).
   */
  async refresh(chainPem: string): Promise<void> {
    if (this.host.faults.has('certificate-status-not-requested')) return;
    const chain = splitPem(chainPem).map((pem) => ({ pem, cert: new X509Certificate(pem) }));
    const roots = this.host.security.installedRoots('V2GRootCertificate').map((pem) => ({ pem, cert: new X509Certificate(pem) }));
    const asked = this.host.faults.has('certificate-status-leaf-only') ? chain.slice(0, 1) : chain;
    for (const [i, c] of asked.entries()) {
      const issuer = chain[i + 1] ?? roots.find((r) => c.cert.checkIssued(r.cert));
      // A self-signed root in the chain, or a sub-CA whose root is not installed, has no status to ask for.
      if (!issuer || c.cert.checkIssued(c.cert)) continue;
      const hash = certificateHashData(c.pem, issuer.pem, 'SHA256');
      const outcome = await this.host.send('GetCertificateStatus', { ocspRequestData: { ...hash, responderURL: responderOf(c.cert) } });
      if (outcome.kind === 'result' && outcome.payload.status === 'Accepted' && typeof outcome.payload.ocspResult === 'string') {
        this.cache.set(hash.serialNumber, outcome.payload.ocspResult);
      }
    }
  }
}
