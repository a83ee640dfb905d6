/**
 * An ISO 15118 contract certificate made for one test (OCPP C07): like the PKI's `contract` role (issued by the
 * MO Sub-CA to the eMAID) but naming, in authorityInfoAccess, the OCSP responder the test runs, whose URL is known
 * only once the responder listens. The MO Sub-CA's key signs it; a responder for the PKI serves it once registered.
 */
import { createPrivateKey } from 'node:crypto';
import { generateKeyPair } from './keys.js';
import type { Pki } from './store.js';
import { decodeName, encodeName, issueCertificate, parseCertificate, pemToDer, subjectKeyId, type NameAttributeType } from './x509.js';

export interface ContractCertificate {
  certPem: string;
  /** The contract certificate followed by the MO Sub-CA: the chain an EV presents, without its root (C07.FR.06). */
  chainPem: string;
  /** The MO Sub-CA that issued it. */
  issuerPem: string;
}

/** `emaid`: the CN (Part 6 errata 2024-11: the CN of the contract certificate equals the configured eMAID); default the PKI's. */
export async function issueContractCertificate(pki: Pki, ocspUrl: string, emaid?: string): Promise<ContractCertificate> {
  const issuer = pki.get('mo-sub-ca');
  const template = pki.get('contract');
  const issuerDer = pemToDer(issuer.certPem, ['CERTIFICATE']) as Buffer;
  const parsedIssuer = parseCertificate(issuerDer);
  const parsedTemplate = parseCertificate(pemToDer(template.certPem, ['CERTIFICATE']) as Buffer);
  const key = await generateKeyPair({ keyType: 'ec', curve: 'P-256' });
  const now = Date.now();
  const cert = issueCertificate({
    subject: emaid === undefined ? parsedTemplate.subjectName
      : encodeName(decodeName(parsedTemplate.subjectName).map((a) => ({ type: a.shortName as NameAttributeType, value: a.shortName === 'CN' ? emaid : a.value }))),
    publicKey: key.publicKey,
    issuer: { name: parsedIssuer.subjectName, privateKey: createPrivateKey(issuer.keyPem), keyId: subjectKeyId(parsedIssuer) },
    // An hour back, as the PKI's leaves: a SUT whose clock runs a little behind still sees it valid.
    notBefore: new Date(Math.floor(now / 1000) * 1000 - 3600_000),
    notAfter: new Date(now + 365 * 24 * 3600_000),
    keyUsage: ['digitalSignature', 'nonRepudiation', 'keyAgreement'],
    ocspUrl,
  });
  return { certPem: cert.pem, chainPem: cert.pem + issuer.certPem, issuerPem: issuer.certPem };
}
