import type { CsmsFaultName } from './blocks/index.js';
import { HarnessError } from '../../errors.js';
import { usesTls, type TlsOptions } from '../../transport/security.js';
import type { SecurityProfile } from '../../domain/security-profile.js';
import type { CsmsPki } from './types.js';

export interface TlsPlan {
  profile: SecurityProfile;
  tls?: TlsOptions;
  pki?: CsmsPki;
  serverCert?: 'rsa' | 'ecdsa';
  hasFault: (name: CsmsFaultName) => boolean;
}

/**
 * The TLS options the CSMS listens with (profiles 2-3): given ones, or the PKI's server
 * certificate (+ the CSO CAs that sign station certificates, for profile 3), with the TLS faults applied.
 */
export function resolveTls(plan: TlsPlan): TlsOptions | undefined {
  if (!usesTls(plan.profile)) return undefined;
  const { pki } = plan;
  let tls: TlsOptions;
  if (plan.tls?.cert && plan.tls.key) {
    tls = { ...plan.tls };
  } else if (pki) {
    const role = plan.serverCert === 'ecdsa' ? 'csms-server-ecdsa' : 'csms-server-rsa';
    tls = { ...plan.tls, cert: pki.chainPem(role), key: pki.get(role).keyPem };
    // A00.FR.318/A00.FR.421: the ECDHE_ECDSA and the RSA cipher suites need one certificate of each kind.
    if (!plan.serverCert && !plan.hasFault('rsa-only-server-cert')) {
      tls.additionalCerts = [{ cert: pki.chainPem('csms-server-ecdsa'), key: pki.get('csms-server-ecdsa').keyPem }];
    }
  } else {
    throw new HarnessError('OCPPH_ERR_CONFIG', `security profile ${plan.profile} needs a server certificate: give tls {cert, key} or a PKI (certsDir)`);
  }
  if (plan.profile === 3 && !tls.ca) {
    if (!pki) throw new HarnessError('OCPPH_ERR_CONFIG', 'security profile 3 needs the CA that signs station certificates: give tls.ca or a PKI');
    tls.ca = [pki.get('csms-root').certPem, pki.get('cso-sub-ca').certPem];
  }
  if (plan.hasFault('expired-server-cert')) {
    if (!pki) throw new HarnessError('OCPPH_ERR_CONFIG', 'fault expired-server-cert needs a PKI (certsDir) holding the expired-server certificate');
    tls.cert = pki.chainPem('expired-server');
    tls.key = pki.get('expired-server').keyPem;
    delete tls.additionalCerts;
  }
  if (plan.hasFault('weak-server-key')) {
    if (!pki) throw new HarnessError('OCPPH_ERR_CONFIG', 'fault weak-server-key needs a PKI (certsDir) holding the weak-rsa-server certificate');
    tls.cert = pki.chainPem('weak-rsa-server');
    tls.key = pki.get('weak-rsa-server').keyPem;
    delete tls.additionalCerts;
  }
  if (plan.hasFault('tls-accepts-1.1')) tls.minVersion = 'TLSv1.1';
  return tls;
}
