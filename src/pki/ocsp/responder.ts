/**
 * An OCSP responder (RFC 6960) for the test PKI: answers good for a certificate its issuer is
 * known to have issued, revoked for one `revoke` was called for, unknown otherwise (an issuer it
 * does not serve, or a serial it never saw). Responses are signed by the issuing CA itself
 * (RFC 6960 2.2: no delegated responder certificate needed), the CA's certificate included.
 */
import { createHash, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Certificate, CRLReason, CRLReasons, Extension } from '@peculiar/asn1-x509';
import {
  BasicOCSPResponse, CertStatus, OCSPRequest, OCSPResponse, OCSPResponseStatus, ResponderID, ResponseBytes, ResponseData,
  RevokedInfo, SingleResponse, id_pkix_ocsp_basic, id_pkix_ocsp_nonce, type CertID, type Request,
} from '@peculiar/asn1-ocsp';
import { signatureAlgorithmFor } from '../keys.js';
import type { PkiRole } from '../roles.js';
import type { Pki } from '../store.js';
import { parseCertificate, pemToDer, serialHex } from '../x509.js';
import { certIdSerial, digestFor } from './cert-id.js';

export type OcspCertStatus = 'good' | 'revoked' | 'unknown';

interface Issuer {
  role: string;
  certDer: Buffer;
  subjectName: Buffer;
  publicKeyBits: Buffer;
  key: KeyObject;
  /** Serials (OCPP hex) of the certificates this CA issued that the responder knows of. */
  issued: Set<string>;
  revoked: Map<string, Date>;
}

/** What one request asked and what was answered (for logs and reports). */
export interface OcspAnswer {
  serialNumber: string;
  issuer?: string;
  status: OcspCertStatus;
}

export class OcspResponder {
  readonly #issuers: Issuer[] = [];
  /** Every answer given, oldest first (a test or a report reads what was asked). */
  readonly answers: OcspAnswer[] = [];

  /** Serves every CA of `pki` and knows every certificate the PKI holds. */
  constructor(pki: Pki, private readonly now: () => Date = () => new Date()) {
    const cas = new Set(pki.manifest.map((e) => e.issuerRole).filter((r): r is PkiRole => r !== null));
    for (const role of cas) this.addIssuer(role, pki.get(role).certPem, pki.get(role).keyPem);
    for (const e of pki.manifest) if (e.issuerRole) this.#issuers.find((i) => i.role === e.issuerRole)?.issued.add(e.serialNumber);
  }

  /** Serves another CA (e.g. one a test made on the fly). */
  addIssuer(role: string, certPem: string, keyPem: string): void {
    const der = pemToDer(certPem, ['CERTIFICATE']);
    if (!der) throw new Error(`the certificate of issuer ${role} is not PEM`);
    const parsed = parseCertificate(der);
    this.#issuers.push({ role, certDer: der, subjectName: parsed.subjectName, publicKeyBits: parsed.publicKeyBits, key: createPrivateKey(keyPem), issued: new Set(), revoked: new Map() });
  }

  /** Records a certificate one of the served CAs issued (e.g. a station certificate signed from a CSR): it is then good. */
  register(certPem: string): void {
    const { issuer, serial } = this.#issuerOf(certPem);
    issuer.issued.add(serial);
  }

  /** Marks a certificate revoked from `at` on. */
  revoke(certPem: string, at: Date = this.now()): void {
    const { issuer, serial } = this.#issuerOf(certPem);
    issuer.issued.add(serial);
    issuer.revoked.set(serial, at);
  }

  /** Takes a revocation back. */
  reinstate(certPem: string): void {
    const { issuer, serial } = this.#issuerOf(certPem);
    issuer.revoked.delete(serial);
  }

  #issuerOf(certPem: string): { issuer: Issuer; serial: string } {
    const der = pemToDer(certPem, ['CERTIFICATE']);
    if (!der) throw new Error('not a PEM certificate');
    const parsed = parseCertificate(der);
    const issuer = this.#issuers.find((i) => i.subjectName.equals(parsed.issuerName));
    if (!issuer) throw new Error('the certificate was not issued by a CA this responder serves');
    return { issuer, serial: serialHex(parsed.serial) };
  }

  #match(certId: CertID): Issuer | undefined {
    const nameHash = Buffer.from(certId.issuerNameHash.buffer).toString('hex');
    const keyHash = Buffer.from(certId.issuerKeyHash.buffer).toString('hex');
    return this.#issuers.find((i) => digestFor(certId, i.subjectName) === nameHash && digestFor(certId, i.publicKeyBits) === keyHash);
  }

  /** The status of one CertID, as this responder sees it now. */
  statusOf(certId: CertID): { status: OcspCertStatus; issuer?: Issuer; revokedAt?: Date } {
    const issuer = this.#match(certId);
    const serial = certIdSerial(certId);
    if (!issuer || !issuer.issued.has(serial)) return { status: 'unknown', issuer };
    const revokedAt = issuer.revoked.get(serial);
    return revokedAt && revokedAt <= this.now() ? { status: 'revoked', issuer, revokedAt } : { status: 'good', issuer };
  }

  /** The DER OCSPResponse for a DER OCSPRequest; a request that does not parse gets malformedRequest (never a throw). */
  answer(requestDer: Buffer): Buffer {
    let request: OCSPRequest;
    try {
      request = AsnConvert.parse(requestDer, OCSPRequest);
      if (!request.tbsRequest.requestList.length) throw new Error('no request in the list');
    } catch {
      return Buffer.from(AsnConvert.serialize(new OCSPResponse({ responseStatus: OCSPResponseStatus.malformedRequest })));
    }
    const now = this.now();
    const results = request.tbsRequest.requestList.map((r: Request) => ({ r, ...this.statusOf(r.reqCert) }));
    // One signer per response: the CA of the first request it knows (a foreign issuer's entries are still answered, unknown).
    const signer = results.find((x) => x.issuer)?.issuer ?? this.#issuers[0];
    if (!signer) return Buffer.from(AsnConvert.serialize(new OCSPResponse({ responseStatus: OCSPResponseStatus.unauthorized })));
    const responses = results.map((x) => {
      this.answers.push({ serialNumber: certIdSerial(x.r.reqCert), issuer: x.issuer?.role, status: x.status });
      const certStatus = x.status === 'good' ? new CertStatus({ good: null })
        : x.status === 'revoked' ? new CertStatus({ revoked: new RevokedInfo({ revocationTime: x.revokedAt ?? now, revocationReason: new CRLReason(CRLReasons.keyCompromise) }) })
          : new CertStatus({ unknown: null });
      return new SingleResponse({ certID: x.r.reqCert, certStatus, thisUpdate: now, nextUpdate: new Date(now.getTime() + 3600_000) });
    });
    const nonce = request.tbsRequest.requestExtensions?.find((e) => e.extnID === id_pkix_ocsp_nonce);
    const tbs = new ResponseData({
      responderID: new ResponderID({ byKey: new OctetString(createHash('sha1').update(signer.publicKeyBits).digest()) }),
      producedAt: now,
      responses,
      ...(nonce ? { responseExtensions: [new Extension({ extnID: id_pkix_ocsp_nonce, critical: false, extnValue: nonce.extnValue })] } : {}),
    });
    const tbsDer = Buffer.from(AsnConvert.serialize(tbs));
    const alg = signatureAlgorithmFor(signer.key);
    const basic = new BasicOCSPResponse({
      tbsResponseData: tbs,
      signatureAlgorithm: AsnConvert.parse(alg.algorithmIdentifier, AlgorithmIdentifier),
      signature: new Uint8Array(sign(alg.hash, tbsDer, signer.key)).buffer,
      certs: [AsnConvert.parse(signer.certDer, Certificate)],
    });
    return Buffer.from(AsnConvert.serialize(new OCSPResponse({
      responseStatus: OCSPResponseStatus.successful,
      responseBytes: new ResponseBytes({ responseType: id_pkix_ocsp_basic, response: new OctetString(AsnConvert.serialize(basic)) }),
    })));
  }
}
