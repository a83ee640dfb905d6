/**
 * A Security, the station's side of the connection: the TLS options and Basic-auth user name it
 * connects with for a security profile, with the transport faults of this block applied.
 */
import { X509Certificate } from 'node:crypto';
import { usesTls, type TlsOptions } from '../../../../transport/security.js';
import type { SecurityProfile } from '../../../../domain/security-profile.js';
import type { Logger } from '../../../common/logger.js';
import type { FaultSet } from '../../../fault-spec.js';
import type { StationFaultName } from '../index.js';
import type { SecurityPort } from './port.js';

/** The suites a station offers under fault no-required-cipher-suites: none of the AES-GCM suites OCPP requires for TLS 1.2 (A00.FR.319; TLS 1.3 still works). */
const WITHOUT_REQUIRED_SUITES = 'TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-CHACHA20-POLY1305';

/** Whether a PEM trust anchor is not self-signed (an intermediate installed as CSMS root, M05: signed by the old root). */
function notSelfSigned(pem: string): boolean {
  try {
    const cert = new X509Certificate(pem);
    return cert.issuer !== cert.subject;
  } catch {
    return false;
  }
}

/** The TLS options for `profile` (undefined without TLS): the configured ones, with the roots and client certificate the station holds now. */
export function clientTls(profile: SecurityProfile, configured: TlsOptions, security: SecurityPort, faults: FaultSet<StationFaultName>, log: Logger): TlsOptions | undefined {
  if (!usesTls(profile)) return undefined;
  const material = security.tlsMaterial();
  // Fault installed-root-ignored: only the CSMS root it was set up with, not those InstallCertificate added (B10/M05).
  const ca = faults.has('installed-root-ignored') ? configured.ca : material.ca;
  const tls: TlsOptions = { ...configured, ...(ca ? { ca } : {}) };
  // A CSMS root that is not self-signed (TC_M_30_CS: the new root, signed by the old one) is a trust anchor of its own.
  if ((Array.isArray(ca) ? ca : ca ? [ca] : []).some(notSelfSigned)) tls.allowPartialTrustChain = true;
  if (profile === 3) {
    if (material.cert && material.key) Object.assign(tls, { cert: material.cert, key: material.key });
    else log.warn('security profile 3 without a client certificate: the CSMS will refuse the connection');
  } else {
    delete tls.cert;
    delete tls.key;
  }
  if (faults.has('accepts-invalid-server-cert')) tls.insecure = true;
  if (faults.has('accepts-tls-below-1.2')) tls.minVersion = 'TLSv1';
  if (faults.has('no-required-cipher-suites')) tls.ciphers = WITHOUT_REQUIRED_SUITES;
  // Faults of the 1.6 security whitepaper transport cases (TC_086, TC_087).
  if (faults.has('rejects-valid-server-cert')) delete tls.ca;
  if (faults.has('no-client-cert')) {
    delete tls.cert;
    delete tls.key;
  }
  return tls;
}

/** The Basic-auth user name when it is not the station id (fault basic-auth-username-mismatch). */
export function basicAuthUsername(stationId: string, faults: FaultSet<StationFaultName>): string | undefined {
  return faults.has('basic-auth-username-mismatch') ? `${stationId}-other` : undefined;
}

/**
 * The Basic-auth password of the next connection: the one last set (BasicAuthPassword / AuthorizationKey), else
 * the configured one. The 1.6 fault keeps the configured one (TC_073_CS step 3).
 */
export function basicAuthPassword(current: string | undefined, started: string | undefined, faults: FaultSet<StationFaultName>): string | undefined {
  return (faults.has('authorization-key-not-used') ? started : current) || started;
}
