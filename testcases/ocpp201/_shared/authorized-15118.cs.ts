/**
 * Reusable State Authorized15118 (OCPP 2.0.1 Part 6 Table 429), charging station under test: the harness plays the CSMS
 * (and, through the kit's operator, the OCTT's ISO 15118 EV emulator). By the Authorization Method (<Configured
 * authorizationMethod15118>): PnC, the EV presents its contract certificate (made for the run from the test PKI) and the
 * station sends an AuthorizationRequest; EIM, the tester presents the valid idToken. The OCTT accepts it. A state is
 * established, never graded: a station that does not get there leaves the case INCONCLUSIVE naming the state.
 */
import { CaseFailure, CaseInconclusive, type CaseContext, type IdTokenSpec } from '../../kit.js';
import { configure, later, transactionEvent, transactionRunning, txSession } from './charging-session.cs.js';
import { AUTH_ENABLED } from './configuration-states.cs.js';
import { configuredText } from './configured.js';
import type { PncContract } from './pnc-contract.cs.js';
import { authorized } from './transaction-states.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/**
 * Runs the steps of a precondition (`what`: "Reusable State X", "Memory State Y"...): a station that does not get there (a
 * failed check: CaseFailure or chai's AssertionError) leaves the case INCONCLUSIVE naming it; anything else (a harness
 * error, or an INCONCLUSIVE already) passes through.
 */
export async function asPrecondition<T>(what: string, steps: () => Promise<T>): Promise<T> {
  try {
    return await steps();
  } catch (err) {
    if (err instanceof CaseFailure || (err instanceof Error && err.name === 'AssertionError')) {
      throw new CaseInconclusive(`${what} could not be established: ${err.message}`);
    }
    throw err;
  }
}

/** A reusable state of Part 6, established and never graded (asPrecondition). */
export const asReusableState = <T>(state: string, steps: () => Promise<T>): Promise<T> => asPrecondition(`Reusable State ${state}`, steps);

export type AuthorizationMethod15118 = 'PnC' | 'EIM';
export const authorizationMethod15118 = (ctx: Ctx): AuthorizationMethod15118 => (configuredText(ctx, 'authorizationMethod15118') === 'EIM' ? 'EIM' : 'PnC');

/**
 * Reusable State Authorized15118 (not graded). PnC: Manual Action, the EV presents `pnc`'s contract certificate;
 * 1. AuthorizationRequest (a GetCertificateStatusRequest before it is answered from the OCSP service), 2. the OCTT
 * answers idTokenInfo.status Accepted; the TransactionEventRequest of the authorization, when one is due, is answered.
 * EIM: Reusable State Authorized A with the valid idToken. A case that names the method (e.g. "Authorized15118 (PnC)")
 * gives it as `options.method`. Returns the token that authorized the session. The caller
 * runs it inside `transactionCase` and, for PnC, `withContract` (the roots that validate the contract are installed).
 */
export interface Authorized15118 {
  token: IdTokenSpec;
  /** PnC: the hashAlgorithm of the contract certificate's hash data in the AuthorizationRequest, if it carried some. */
  hashAlgorithm?: 'SHA256' | 'SHA384' | 'SHA512';
}

export async function authorized15118(ctx: Ctx, pnc: PncContract, options: { method?: AuthorizationMethod15118 } = {}): Promise<Authorized15118> {
  return asReusableState('Authorized15118', async () => {
    if ((options.method ?? authorizationMethod15118(ctx)) === 'EIM') {
      await authorized(ctx);
      return { token: txSession(ctx).idToken ?? pnc.token };
    }
    const { sut, operator } = ctx;
    const s = txSession(ctx);
    // Plug & Charge needs authorization on and ISO15118Ctrlr.PnCEnabled (the Part 2 device model); put back after the case.
    await configure(ctx, [...AUTH_ENABLED, { component: 'ISO15118Ctrlr', variable: 'PnCEnabled', value: 'true' }]);
    const has = (name: string) => s.startPoints.includes(name);
    const starts = !transactionRunning(s) && (has('Authorized') || (s.evConnected && has('PowerPathClosed') && !has('DataSigned')));
    const tx = starts || transactionRunning(s) ? later(transactionEvent(ctx, { describe: '(the EV authorized by its contract certificate)', requirement: 'E01.FR.03' })) : undefined;
    const authorize = sut.expectCall('Authorize', { requirement: 'C07.FR.01', describe: 'with the EV\'s contract certificate (eMAID)' });
    const acting = later(operator.do('evPlugAndCharge', { evseId: s.evseId, contractChain: pnc.contract.chainPem }));
    const a = await authorize;
    a.respond({ idTokenInfo: { status: 'Accepted' }, certificateStatus: 'Accepted' });
    await acting;
    if (tx) await tx;
    Object.assign(s, { authorized: true, idToken: pnc.token, stoppedRemotely: false, state: 'Authorized' });
    const algorithm = (a.payload.iso15118CertificateHashData as Array<{ hashAlgorithm?: string }> | undefined)?.[0]?.hashAlgorithm;
    return { token: pnc.token, ...(algorithm === 'SHA256' || algorithm === 'SHA384' || algorithm === 'SHA512' ? { hashAlgorithm: algorithm } : {}) };
  });
}
