/**
 * The TLS material of the harness's own side: the user's PKI (`tls.caFile`, `certFile`, `keyFile`)
 * where the config names one, else the test PKI. Negative cases' certificates always come from the
 * test PKI (they are made to be wrong in one respect).
 */
import type { HarnessConfig } from '../config/config.js';
import { readOwnTls, type OwnTlsMaterial } from '../config/tls-files.js';
import { HarnessError } from '../errors.js';
import type { EndpointRequest } from '../ocpp/link.js';
import { isPkiRole } from '../pki/roles.js';
import type { Pki } from '../pki/store.js';
import type { TlsOptions } from '../transport/security.js';

export type PkiLoader = () => Promise<Pki>;

/** Reads the own-PKI files once per run (an error names the config field). */
export function ownTlsLoader(config: HarnessConfig): () => Promise<OwnTlsMaterial> {
  let p: Promise<OwnTlsMaterial> | undefined;
  return () => (p ??= readOwnTls(config.tls));
}

/**
 * The harness as CSMS (sut: cs). By default it serves the test PKI's RSA and ECDSA server certificates,
 * so that every A00.FR.318 suite can be negotiated; `tls.serverCert` restricts it to one of them (a case
 * that sets a cipher list gets both again). A user's own certificate is served alone.
 */
export async function serverTls(config: HarnessConfig, pki: PkiLoader, own: OwnTlsMaterial, request: EndpointRequest = {}): Promise<TlsOptions> {
  const versions: TlsOptions = {
    ...(request.minTlsVersion ? { minVersion: request.minTlsVersion } : {}),
    ...(request.maxTlsVersion ? { maxVersion: request.maxTlsVersion } : {}),
    ...(request.ciphers ? { ciphers: request.ciphers } : {}),
  };
  // Profile 3: station certificates chain up to the CSMS root through the CSO sub-CA (or to the user's CA).
  const ca = async () => own.ca ?? [(await pki()).get('csms-root').certPem];
  if (request.serverPem) return { cert: request.serverPem.cert, key: request.serverPem.key, ca: await ca(), ...versions };
  if (own.cert && own.key && !request.serverCert) return { cert: own.cert, key: own.key, ca: await ca(), ...versions };
  const test = await pki();
  const role = request.serverCert ?? (config.tls.serverCert === 'ecdsa' ? 'csms-server-ecdsa' : 'csms-server-rsa');
  if (!isPkiRole(role)) throw new HarnessError('OCPPH_ERR_USAGE', `no test-PKI certificate '${role}' for the server`);
  const both = !request.serverCert && (!config.tls.serverCert || request.ciphers !== undefined);
  const other = test.get(role === 'csms-server-ecdsa' ? 'csms-server-rsa' : 'csms-server-ecdsa');
  return {
    cert: test.chainPem(role),
    key: test.get(role).keyPem,
    ca: await ca(),
    ...versions,
    ...(both ? { additionalCerts: [{ cert: test.chainPem(other.role), key: other.keyPem }] } : {}),
  };
}

/** The harness as station (sut: csms): trust the CSMS's CA; under profile 3 present the station certificate. */
export async function clientTls(config: HarnessConfig, pki: PkiLoader, own: OwnTlsMaterial): Promise<TlsOptions> {
  const profile3 = config.ics.securityProfile === 3;
  const needTestPki = !own.ca || (profile3 && !own.cert);
  const test = needTestPki ? await pki() : undefined;
  const ca = own.ca ?? [(test as Pki).get('csms-root').certPem];
  if (!profile3) return { ca };
  if (own.cert && own.key) return { ca, cert: own.cert, key: own.key };
  const station = (test as Pki).get('station');
  return { ca, cert: (test as Pki).chainPem('station'), key: station.keyPem };
}
