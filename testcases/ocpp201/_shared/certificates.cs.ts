/**
 * Memory states of block A / M (certificates) of OCPP 2.0.1 Part 6, charging station under test:
 * CertificateInstalled, RenewChargingStationCertificate, RenewV2GChargingStationCertificate.
 */
import { X509Certificate } from 'node:crypto';
import { inspectCsr, signCsr, type CaseContext, type ConnectionAttempt, type PkiRole, type Request, type Received } from '../../kit.js';

/** Memory State CertificateInstalled: InstallCertificateRequest with `certificateType` and `certificatePem`, answered Accepted. */
export async function certificateInstalled(ctx: CaseContext<'2.0.1', 'CS'>, certificateType: Request<'2.0.1', 'InstallCertificate'>['certificateType'], certificatePem: string): Promise<void> {
  // 1-2. InstallCertificateRequest; InstallCertificateResponse status Accepted.
  const res = await ctx.sut.call('InstallCertificate', { certificateType, certificate: certificatePem });
  ctx.expect(res.status, 'M05.FR.01: InstallCertificateResponse status').to.equal('Accepted');
}

export type StationCertificateType = 'ChargingStationCertificate' | 'V2GCertificate';

/** The PKI role that signs each kind of station certificate (RenewChargingStationCertificate: the CSMS root's CSO sub-CA; V2G: SubCA2). */
export const CERTIFICATE_SIGNER: Record<StationCertificateType, PkiRole> = { ChargingStationCertificate: 'cso-sub-ca', V2GCertificate: 'cpo-sub-ca2' };

/**
 * Steps 1-4 of RenewChargingStationCertificate / RenewV2GChargingStationCertificate: TriggerMessage
 * (Accepted), then the SignCertificateRequest, whose CSR is checked (PEM PKCS#10, key size, certificateType)
 * and answered `status`.
 */
export async function triggeredSignCertificate(ctx: CaseContext<'2.0.1', 'CS'>, certificateType: StationCertificateType, options: { status?: 'Accepted' | 'Rejected'; evseId?: number } = {}): Promise<Received<'2.0.1', 'SignCertificate'>> {
  const { sut, expect } = ctx;
  const v2g = certificateType === 'V2GCertificate';
  const sign = sut.expectCall('SignCertificate', { requirement: 'F06.FR.10', describe: `for the ${certificateType}` });
  // 1-2. TriggerMessageRequest SignChargingStationCertificate / SignV2GCertificate: Accepted.
  const trigger = await sut.call('TriggerMessage', { requestedMessage: v2g ? 'SignV2GCertificate' : 'SignChargingStationCertificate', ...(options.evseId !== undefined ? { evse: { id: options.evseId } } : {}) });
  expect(trigger.status, 'F06.FR.05: TriggerMessageResponse status').to.equal('Accepted');
  // 3. SignCertificateRequest with a CSR for a new key (A02.FR.02/03).
  const call = await sign;
  checkCsr(ctx, call, certificateType);
  // 4. SignCertificateResponse.
  call.respond({ status: options.status ?? 'Accepted' });
  return call;
}

/** Tool validation of a SignCertificateRequest: certificateType, a PEM PKCS#10 CSR (A02.FR.03), its key size (A00.FR.502/503; V2G: ECDSA, 256 bits). */
export function checkCsr(ctx: CaseContext<'2.0.1', 'CS'>, call: Received<'2.0.1', 'SignCertificate'>, certificateType: StationCertificateType): void {
  const { expect } = ctx;
  expect(call.payload.certificateType ?? 'ChargingStationCertificate', 'A02.FR.13: SignCertificateRequest certificateType').to.equal(certificateType);
  let csr: ReturnType<typeof inspectCsr>;
  try {
    csr = inspectCsr(String(call.payload.csr));
  } catch (err) {
    ctx.fail(`the SignCertificateRequest csr is not a PEM encoded RFC 2986 CSR: ${(err as Error).message}`, 'A02.FR.03');
  }
  const bits = csr.key.keyType === 'rsa' ? csr.key.keyBits : Number(csr.key.curve.slice(2));
  if (certificateType === 'V2GCertificate') {
    expect(csr.key.keyType, 'A02.FR.03: the V2G certificate key is an elliptic curve key (ISO 15118 has no RSA)').to.equal('ec');
    expect(bits, 'A00.FR.503: key size of the CSR (bits)').to.be.at.least(256);
  } else {
    expect(bits, `${csr.key.keyType === 'rsa' ? 'A00.FR.502' : 'A00.FR.503'}: key size of the CSR (bits)`).to.be.at.least(csr.key.keyType === 'rsa' ? 2048 : 224);
  }
}

/** A certificate for the CSR, signed by `issuer`, followed by the issuer's chain without the root: the certificateChain of a CertificateSignedRequest. */
export async function signedChain(ctx: CaseContext<'2.0.1', 'CS'>, csrPem: string, issuer: PkiRole): Promise<{ leafPem: string; chainPem: string }> {
  const pki = await ctx.pki();
  const signer = pki.get(issuer);
  const leafPem = signCsr(csrPem, { certPem: signer.certPem, keyPem: signer.keyPem });
  return { leafPem, chainPem: leafPem + pki.chainPem(issuer) };
}

/**
 * Memory State RenewChargingStationCertificate (or RenewV2GChargingStationCertificate): trigger, CSR,
 * CertificateSignedRequest with the certificate the CSMS root (V2G: SubCA2) issued, answered Accepted.
 * RenewChargingStationCertificate then has the station reconnect with it (steps 7-9, errata 2025-09 6.2.122/6.2.123).
 */
export async function renewStationCertificate(ctx: CaseContext<'2.0.1', 'CS'>, certificateType: StationCertificateType = 'ChargingStationCertificate', options: { evseId?: number } = {}): Promise<{ leafPem: string; chainPem: string }> {
  // 1-4. TriggerMessage, SignCertificateRequest (Accepted).
  const sign = await triggeredSignCertificate(ctx, certificateType, options);
  // 5. CertificateSignedRequest with the certificate generated from the CSR.
  const chain = await signedChain(ctx, String(sign.payload.csr), CERTIFICATE_SIGNER[certificateType]);
  // A station switches to its new certificate by reconnecting (A02.FR.08), possibly right after answering: watch from here.
  const reconnect = certificateType === 'ChargingStationCertificate'
    ? ctx.sut.expectConnectionAttempt({ timeoutMs: ctx.ics.timeouts.messageMs * 3, allowNone: true }) : undefined;
  reconnect?.catch(() => undefined);
  const res = await ctx.sut.call('CertificateSigned', { certificateChain: chain.chainPem, certificateType });
  // 6. CertificateSignedResponse Accepted.
  ctx.expect(res.status, 'A02.FR.06: CertificateSignedResponse status').to.equal('Accepted');
  if (reconnect) await reconnectedWithNewCertificate(ctx, chain.leafPem, reconnect);
  return chain;
}

/**
 * Steps 7-9 of RenewChargingStationCertificate (errata 2025-09 6.2.122, as 6.2.123 amends it): the station
 * should reconnect with the new certificate; the Test System waits a while and, when no reconnection comes,
 * drops the connection to force one (no Reset, A02.FR.08). Step 7 validation: the station reconnects with the
 * new certificate (visible under security profile 3, where it presents it). A BootNotification, sent only
 * if the station rebooted, is answered as usual.
 */
async function reconnectedWithNewCertificate(ctx: CaseContext<'2.0.1', 'CS'>, leafPem: string, reconnect: Promise<ConnectionAttempt | undefined>): Promise<void> {
  const { sut, expect, ics } = ctx;
  let attempt = await reconnect;
  if (!attempt) {
    ctx.log('the station did not reconnect by itself: the connection is dropped to force it (errata 6.2.123)');
    const next = sut.expectConnectionAttempt({ timeoutMs: ics.timeouts.messageMs * 4, requirement: 'A02.FR.08' });
    await sut.disconnect();
    attempt = await next;
  }
  if (attempt.kind !== 'connected') {
    const how = attempt.kind === 'tlsFailed' ? `the TLS handshake failed (${attempt.reason})` : `the upgrade was refused with HTTP ${attempt.status} (${attempt.reason})`;
    ctx.fail(`the station did not reconnect after its certificate was renewed: ${how}`, 'A02.FR.08');
  }
  if (ics.securityProfile !== 3) return;
  const presented = (attempt.info.tls as { clientCert?: { fingerprint256?: string } } | undefined)?.clientCert?.fingerprint256;
  expect(presented, 'A02.FR.08: the client certificate of the new connection is the new ChargingStationCertificate').to.equal(new X509Certificate(leafPem).fingerprint256);
}

/**
 * Memory State RenewV2GChargingStationCertificate "(If none are present, when checking with GetInstalledCertificateIds
 * certificateType = V2GCertificateChain)" (TC_N_63_CS, errata 2025-09 6.2.96/6.2.98): renewed only when the station
 * reports no V2G certificate chain. The caller establishes it without grading it.
 */
export async function v2gCertificatePresent(ctx: CaseContext<'2.0.1', 'CS'>): Promise<void> {
  const ids = await ctx.sut.callRaw('GetInstalledCertificateIds', { certificateType: ['V2GCertificateChain'] });
  const chains = ids.kind === 'result' ? ids.payload.certificateHashDataChain : undefined;
  if (ids.kind === 'result' && ids.payload.status === 'Accepted' && Array.isArray(chains) && chains.length > 0) return;
  await renewStationCertificate(ctx, 'V2GCertificate');
}
