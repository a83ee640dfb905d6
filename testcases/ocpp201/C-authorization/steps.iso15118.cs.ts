/**
 * TC_C_50..55_CS (C07 Authorization using Contract Certificates, charging station under test): the EV (the OCTT's EV
 * emulator; the kit's operator action evPlugAndCharge) presents a contract certificate chain made for the run from the
 * test PKI (contract certificate by the MO Sub-CA, CN the <Configured eMAID>, authorityInfoAccess naming the OCTT's
 * OCSP service), loaded into the EV as a lab loads its emulator. The station validates it locally against the MO root
 * the case installs (TC_C_50/51/54/55) or, without that root, passes the chain to the CSMS (TC_C_52/53).
 */
import { type CaseContext, type IdTokenSpec } from '../../kit.js';
import { onlineConfiguration, withContract, type PncContract, type RootType } from '../_shared/pnc-contract.cs.js';
import { later, transactionCase, transactionEvent, transactionRunning, txSession, type TxSession } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

export const PNC_PROFILE = 'ISO 15118 Support';

// The EV's contract, the OCTT's OCSP service, the roots and the ISO15118Ctrlr Configuration State are shared with
// TC_N_63_CS (_shared/pnc-contract.cs.ts); the offline steps take them from here.
export { iso15118Ctrlr, withContract, type PncContract } from '../_shared/pnc-contract.cs.js';

// --- the EV authorizes -------------------------------------------------------------------------------

const isStart = (s: TxSession, name: string): boolean => s.startPoints.includes(name);

/** Is the authorization step 3's TransactionEvent due: TxStartPoint Authorized (or PowerPathClosed with the EV connected), or a running transaction. */
export function authorizedEventDue(s: TxSession): { due: boolean; starts: boolean } {
  const starts = !transactionRunning(s) && (isStart(s, 'Authorized') || (s.evConnected && isStart(s, 'PowerPathClosed') && !isStart(s, 'DataSigned')));
  return { due: starts || transactionRunning(s), starts };
}

/** Step 3-4 (when due): the TransactionEventRequest of the authorization, answered Accepted; Tool validation: triggerReason Authorized. */
export function expectAuthorizedEvent(ctx: Ctx, s: TxSession, requirement: string): Promise<void> | undefined {
  const { due, starts } = authorizedEventDue(s);
  if (!due) return undefined;
  const tx = later(transactionEvent(ctx, { describe: '(the EV authorized by its contract certificate)', requirement: starts ? 'E01.FR.03' : 'E01.FR.10' }));
  return later(tx.then((p) => {
    ctx.expect(p.triggerReason, `${requirement}: TransactionEventRequest triggerReason`).to.equal('Authorized');
  }));
}

/** Post scenario validation: no TransactionEventRequest with triggerReason Authorized or chargingState Charging since `since`. */
export async function notAuthorized(ctx: Ctx, since: number, requirement: string): Promise<void> {
  await ctx.sut.expectNoCall('TransactionEvent', ctx.ics.timeouts.messageMs, {
    since, requirement, describe: 'with triggerReason Authorized or chargingState Charging (the EV is not authorized and shall not charge)',
    filter: (p) => p.triggerReason === 'Authorized' || (p.transactionInfo as { chargingState?: string } | undefined)?.chargingState === 'Charging',
  });
}

/** The session as the shared reusable states follow it: the EV's eMAID authorized it. */
export function markAuthorized(ctx: Ctx, token: IdTokenSpec): void {
  Object.assign(txSession(ctx), { authorized: true, idToken: token, stoppedRemotely: false, state: 'Authorized' });
}

// --- the online cases (TC_C_50..53_CS) ---------------------------------------------------------------

export interface OnlineCase {
  /** TC_C_52/53: no root to validate locally, CentralContractValidationAllowed true: the chain goes to the CSMS. */
  central: boolean;
  /** Step 2: the OCTT's AuthorizationResponse. */
  answer: { status: 'Accepted' | 'Invalid'; certificateStatus: 'Accepted' | 'ContractCancelled' | 'CertificateRevoked' };
}

/**
 * Before: the Configuration State, the roots (Memory State / prerequisite), Reusable State EVConnectedPreSession;
 * 1. AuthorizationRequest (Tool validations: idToken.type eMAID; iso15118CertificateHashData provided (local) /
 * certificate provided (central)); 2. answered `answer`. Accepted: 3-4. TransactionEventRequest (when due), triggerReason
 * Authorized; 5. Reusable State EnergyTransferStarted. Otherwise the post scenario validation: no Authorized / Charging.
 */
/**
 * 1. The EV authorizes (evPlugAndCharge): AuthorizationRequest, Tool validations idToken.type eMAID and
 * iso15118CertificateHashData (local) / certificate (central) provided; 2. answered `answer`; Accepted: 3-4. the
 * TransactionEventRequest of the authorization (when due), triggerReason Authorized. Returns when the start of the
 * transaction (if any) was seen; `since` for a post scenario validation.
 */
export async function pncAuthorize(ctx: Ctx, s: TxSession, pnc: PncContract, c: OnlineCase): Promise<{ since: number }> {
  const { sut, expect, operator } = ctx;
  const requirement = c.central ? 'C07.FR.06' : 'C07.FR.02';
  const authorize = sut.expectCall('Authorize', { requirement: 'C07.FR.01', describe: 'with the EV\'s contract certificate (eMAID)' });
  const accepted = c.answer.status === 'Accepted';
  const tx = accepted ? expectAuthorizedEvent(ctx, s, 'C07.FR.01') : undefined;
  const since = Date.now();
  const acting = later(operator.do('evPlugAndCharge', { evseId: s.evseId, contractChain: pnc.contract.chainPem }));
  // 1-2. AuthorizationRequest; the OCTT answers.
  const a = await authorize;
  a.respond({ idTokenInfo: { status: c.answer.status }, certificateStatus: c.answer.certificateStatus });
  // Tool validations (step 1).
  expect(a.payload.idToken?.type, 'C07.FR.02: AuthorizeRequest idToken.type').to.equal('eMAID');
  if (c.central) expect(a.payload.certificate, `${requirement}: AuthorizeRequest certificate (the contract certificate chain, PEM)`).to.be.a('string').and.not.equal('');
  else {
    const hashData: unknown = a.payload.iso15118CertificateHashData;
    expect(Array.isArray(hashData) && hashData.length > 0, `${requirement}: AuthorizeRequest iso15118CertificateHashData is provided (${JSON.stringify(hashData)})`).to.equal(true);
  }
  await acting;
  if (accepted) {
    await tx;
    markAuthorized(ctx, pnc.token);
  }
  return { since };
}

/**
 * Before: the Configuration State, the roots (Memory State / prerequisite), Reusable State EVConnectedPreSession;
 * steps 1-4 (pncAuthorize). Accepted: 5. Reusable State EnergyTransferStarted. Otherwise the post scenario validation.
 */
export async function onlineCase(ctx: Ctx, c: OnlineCase): Promise<void> {
  const roots: { install: RootType[]; absent: RootType[] } = c.central
    ? { install: ['V2GRootCertificate'], absent: ['MORootCertificate'] } : { install: ['V2GRootCertificate', 'MORootCertificate'], absent: [] };
  await transactionCase(ctx, { configuration: onlineConfiguration(c.central, c.answer.status === 'Accepted') }, async (s) => {
    await withContract(ctx, roots, async (pnc) => {
      await evConnectedPreSession(ctx);
      const { since } = await pncAuthorize(ctx, s, pnc, c);
      // Accepted: 5. Reusable State EnergyTransferStarted. Otherwise the post scenario validation: not authorized, no charging.
      if (c.answer.status === 'Accepted') await energyTransferStarted(ctx);
      else await notAuthorized(ctx, since, 'C07.FR.01 (Part 6 post scenario validation: no TransactionEventRequest Authorized / Charging after Invalid)');
    });
  });
}
