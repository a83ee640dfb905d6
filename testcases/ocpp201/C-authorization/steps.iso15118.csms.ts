/**
 * TC_C_50/51/52_CSMS (C07, CSMS under test): the OCTT plays an ISO 15118 station whose EV presents a contract
 * certificate, and runs the OCSP service the certificate data names (src/pki/ocsp), so it sees whether the CSMS asks
 * it (steps 2-3). The contract certificate is made for the run: the test PKI's contract (MO Sub-CA, CN the eMAID)
 * with the OCTT's responder in authorityInfoAccess (the responder's port is known only once it listens). The OCSP
 * service listens on the harness's loopback: a CSMS under test on another machine needs the harness bound where it
 * can reach it.
 */
import {
  certificateHashData, idTokenFor, issueContractCertificate, OcspResponder, startOcspServer,
  type CaseContext, type ContractCertificate, type OcspServer, type Request, type Response,
} from '../../kit.js';
import { idTokenStatus, transactionEvent, validToken, type IdToken } from '../_shared/charging-session.csms.js';
import { idTokenOf } from '../_shared/id-token.js';
import { energyTransferStarted, evConnectedPreSession } from '../_shared/states.csms.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;
type OcspRequestData = NonNullable<Request<'2.0.1', 'Authorize'>['iso15118CertificateHashData']>[number];

/**
 * The idToken each case presents: TC_C_50_CSMS the <Configured eMAID> (type eMAID, the contract certificate's CN;
 * Part 6 errata 2024-11), TC_C_51/52_CSMS <Configured valid_idtoken> as their tables (and errata 6.3.8) write.
 * A CSMS under test that was given no eMAID is NOT_APPLICABLE for TC_C_50_CSMS (idTokenFor names ics.idTokens.emaid).
 */
export function presentedToken(ctx: Ctx, which: 'emaid' | 'valid'): IdToken {
  return which === 'emaid' ? idTokenOf(idTokenFor(ctx, 'emaid')) : validToken(ctx);
}

export interface ContractSetup {
  /** The idToken presented with the contract certificate. */
  idToken: IdToken;
  contract: ContractCertificate;
  responder: OcspResponder;
  server: OcspServer;
  /** <hashes from configured (V2G) certificate chain>: the contract certificate and its MO Sub-CA, each with the responder URL. */
  hashData: OcspRequestData[];
}

/** Starts the OCTT's OCSP service and makes the contract certificate it answers for; `revoked`: the certificate is revoked there. */
export async function contractSetup(ctx: Ctx, idToken: IdToken, revoked = false): Promise<ContractSetup> {
  const pki = await ctx.pki();
  const responder = new OcspResponder(pki);
  const server = await startOcspServer(responder);
  try {
    // The eMAID is the certificate's CN; another idToken (TC_C_51/52) leaves the PKI's contract CN.
    const contract = await issueContractCertificate(pki, server.url, idToken.type === 'eMAID' ? idToken.idToken : undefined);
    if (revoked) responder.revoke(contract.certPem);
    else responder.register(contract.certPem);
    const hashData: OcspRequestData[] = [
      { ...certificateHashData(contract.certPem, contract.issuerPem, 'SHA256'), responderURL: server.url },
      { ...certificateHashData(contract.issuerPem, pki.get('mo-root').certPem, 'SHA256'), responderURL: server.url },
    ];
    return { idToken, contract, responder, server, hashData };
  } catch (err) {
    await server.close();
    throw err;
  }
}

/** Whether the CSMS asked the OCTT's OCSP service for the contract certificate, with a CertID the service recognised. */
export function askedForContract(setup: ContractSetup): boolean {
  const serial = setup.hashData[0]?.serialNumber;
  return setup.responder.answers.some((a) => a.serialNumber === serial && a.issuer !== undefined);
}

/**
 * 1. AuthorizationRequest with the configured valid idToken and either the chain's hash data or (hash data absent)
 * the contract certificate chain in PEM; 2-3. the CSMS asks the OCTT's OCSP service; 4. its AuthorizationResponse.
 * Validations of steps 2-3: an OCSP request for the contract certificate reached the service and named it.
 */
export async function authorizeContract(ctx: Ctx, setup: ContractSetup, by: 'hashData' | 'certificate'): Promise<Response<'2.0.1', 'Authorize'>> {
  const { sut, expect } = ctx;
  const request: Request<'2.0.1', 'Authorize'> = by === 'hashData'
    ? { idToken: setup.idToken, iso15118CertificateHashData: setup.hashData }
    : { idToken: setup.idToken, certificate: setup.contract.chainPem };
  const answer = await sut.call('Authorize', request, { requirement: 'C07.FR.04' });
  ctx.log(`OCSP requests seen by the OCTT's service: ${setup.responder.answers.map((a) => `serial ${a.serialNumber} (${a.issuer ?? 'unknown issuer'}): ${a.status}`).join('; ') || 'none'}`);
  expect(askedForContract(setup), `C07.FR.05: the CSMS sends an OCSP request for the contract certificate (${by === 'hashData' ? 'iso15118CertificateHashData' : 'certificate'}) to the responder URL it names`).to.equal(true);
  return answer;
}

/**
 * TC_C_50/52_CSMS steps 4-6 and the Reusable State EnergyTransferStarted: AuthorizationResponse Accepted with
 * certificateStatus Accepted, then TransactionEvent Authorized whose answer is Accepted.
 */
export async function acceptedContractSession(ctx: Ctx, by: 'hashData' | 'certificate', which: 'emaid' | 'valid'): Promise<void> {
  const { expect } = ctx;
  const idToken = presentedToken(ctx, which);
  // Before: State EVConnectedPreSession.
  await evConnectedPreSession(ctx);
  const setup = await contractSetup(ctx, idToken);
  try {
    const answer = await authorizeContract(ctx, setup, by);
    // Step 4: AuthorizationResponse idTokenInfo.status Accepted, certificateStatus Accepted (C07.FR.14).
    expect(idTokenStatus(answer), 'C07.FR.14: AuthorizeResponse idTokenInfo.status').to.equal('Accepted');
    expect(answer.certificateStatus, 'C07.FR.14: AuthorizeResponse certificateStatus').to.equal('Accepted');
  } finally {
    await setup.server.close();
  }
  // 5-6. TransactionEvent Updated, Authorized: idTokenInfo.status Accepted.
  const tx = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'Authorized', idToken, requirement: 'E02.FR.02' });
  expect(idTokenStatus(tx), 'E02.FR.02: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
  // Execute Reusable State EnergyTransferStarted.
  await energyTransferStarted(ctx);
}
