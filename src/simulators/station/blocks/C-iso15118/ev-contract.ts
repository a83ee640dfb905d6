/**
 * The reference EV's contract: an eMAID and a contract certificate issued by an MO root of its own, made once per
 * process (ECDSA P-256, as ISO 15118-2). The station forwards what the EV presents (C07.FR.02: the eMAID and the
 * OCSP data of the contract certificate); the OCTT as CSMS decides, so the chain need not be the test PKI's.
 */
import { certificateHashData, type CertificateHashData } from '../../../../pki/hash-data.js';
import { generateKeyPair } from '../../../../pki/keys.js';
import { encodeName, issueCertificate } from '../../../../pki/x509.js';

/** The eMAID of the reference EV's contract (ISO 15118-2 / DIN SPEC 91286 form, no separators). */
export const EV_EMAID = 'NLTSTC00000001';
const RESPONDER_URL = 'http://127.0.0.1:9/ocsp';

export interface EvContract {
  emaid: string;
  certPem: string;
  rootPem: string;
  hashData: Array<CertificateHashData & { responderURL: string }>;
}

let made: Promise<EvContract> | undefined;

async function make(): Promise<EvContract> {
  const [rootKey, leafKey] = await Promise.all([generateKeyPair({ keyType: 'ec', curve: 'P-256' }), generateKeyPair({ keyType: 'ec', curve: 'P-256' })]);
  const now = Date.now();
  const rootName = encodeName([{ type: 'O', value: 'Reference EV MO' }, { type: 'CN', value: 'Reference EV MO Root' }]);
  const root = issueCertificate({ subject: rootName, publicKey: rootKey.publicKey, issuer: { name: rootName, privateKey: rootKey.privateKey },
    notBefore: new Date(now - 3600_000), notAfter: new Date(now + 3650 * 86_400_000), ca: {}, keyUsage: ['keyCertSign', 'cRLSign'] });
  const leaf = issueCertificate({ subject: encodeName([{ type: 'DC', value: 'MO' }, { type: 'O', value: 'Reference EV MO' }, { type: 'CN', value: EV_EMAID }]),
    publicKey: leafKey.publicKey, issuer: { name: rootName, privateKey: rootKey.privateKey, keyId: root.keyId },
    notBefore: new Date(now - 3600_000), notAfter: new Date(now + 365 * 86_400_000), keyUsage: ['digitalSignature', 'nonRepudiation', 'keyAgreement'], ocspUrl: RESPONDER_URL });
  return { emaid: EV_EMAID, certPem: leaf.pem, rootPem: root.pem, hashData: [{ ...certificateHashData(leaf.pem, root.pem), responderURL: RESPONDER_URL }] };
}

export function evContract(): Promise<EvContract> {
  made ??= make();
  return made;
}
