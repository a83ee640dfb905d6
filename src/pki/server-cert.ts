/**
 * A CSMS TLS server certificate made for one test, under another CA of the test PKI than `csms-root` (TC_M_30_CS:
 * the CSMS certificate signed by the new CSMS root, the PKI's `cso-sub-ca`). Like `csms-server-rsa` in every other
 * respect: its subject and host names (the CSMS host and the loopback addresses), an RSA 2048 key, a leaf's usage.
 */
import { createPrivateKey } from 'node:crypto';
import { generateKeyPair, privateKeyPem } from './keys.js';
import type { PkiRole } from './roles.js';
import type { Pki } from './store.js';
import { computeKeyId, issueCertificate, parseCertificate, pemToDer, subjectKeyId } from './x509.js';

export interface IssuedServerCertificate {
  /** The certificate followed by its issuer's chain up to (without) the self-signed root: what the server presents. */
  chainPem: string;
  keyPem: string;
}

const der = (pem: string): Buffer => pemToDer(pem, ['CERTIFICATE']) as Buffer;

export async function issueServerCertificate(pki: Pki, issuerRole: PkiRole): Promise<IssuedServerCertificate> {
  const issuer = pki.get(issuerRole);
  const parsedIssuer = parseCertificate(der(issuer.certPem));
  const template = parseCertificate(der(pki.get('csms-server-rsa').certPem));
  const key = await generateKeyPair({ keyType: 'rsa', keyBits: 2048 });
  const now = Math.floor(Date.now() / 1000) * 1000;
  const cert = issueCertificate({
    subject: template.subjectName,
    publicKey: key.publicKey,
    issuer: { name: parsedIssuer.subjectName, privateKey: createPrivateKey(issuer.keyPem), keyId: subjectKeyId(parsedIssuer) ?? computeKeyId(parsedIssuer.spki) },
    // An hour back, as the PKI's leaves: a station whose clock runs a little behind still sees it valid.
    notBefore: new Date(now - 3600_000),
    notAfter: new Date(now + 30 * 24 * 3600_000),
    keyUsage: ['digitalSignature', 'keyEncipherment'],
    altNames: [...new Set([pki.params.csmsHost, '127.0.0.1', '::1'])],
  });
  const issuerChain = issuer.entry.issuerRole === null ? '' : pki.chainPem(issuerRole);
  return { chainPem: cert.pem + issuerChain, keyPem: privateKeyPem(key.privateKey) };
}
