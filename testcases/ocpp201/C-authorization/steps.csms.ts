import type { CaseContext, IdTokenName, Payload } from '../../kit.js';
import { adviseUnless, idTokenFor } from '../../kit.js';
import { chargingSession, idTokenStatus, onEvse, stationIdle, transactionEvent, validToken } from '../_shared/charging-session.csms.js';
import { idTokenOf } from '../_shared/id-token.js';
import { authorized, energyTransferStarted } from '../_shared/states.csms.js';

/**
 * TC_C_02 / 06 / 07 _CSMS: 1. the OCTT sends an AuthorizationRequest with the configured `name` idToken;
 * 2. the CSMS's AuthorizationResponse idTokenInfo.status must be one of `allowed` (C01.FR.07).
 * A CSMS under test that was given no such token is NOT_APPLICABLE (idTokenFor).
 */
export async function authorizeRefused(ctx: CaseContext<'2.0.1', 'CSMS'>, name: IdTokenName, allowed: string[]): Promise<void> {
  const idToken = idTokenOf(idTokenFor(ctx, name));
  const answer = await ctx.sut.call('Authorize', { idToken }, { requirement: 'C01.FR.07' });
  ctx.expect(idTokenStatus(answer), `C01.FR.07: AuthorizeResponse idTokenInfo.status for the configured ${name} idToken`).to.be.oneOf(allowed);
}

/**
 * TC_C_47 / 49 _CSMS (C16): Before, Reusable State EnergyTransferStarted on EVSE 1 with the configured valid idToken and
 * on EVSE 2 with valid idToken2; 1-2. the OCTT sends an AuthorizationRequest with the master pass; 3-4. a
 * TransactionEventRequest Ended, stoppedReason MasterPass, with `endedBy`, for both EVSEs. Part 6 gives these two cases
 * no tool validations (TC_C_48_CSMS has them): the CSMS's answers are checked against the schema and waited for, and
 * what TC_C_48_CSMS validates (Accepted, groupIdToken <Configured masterPassGroupId>) is advised only.
 */
export async function masterPassStopsBoth(ctx: CaseContext<'2.0.1', 'CSMS'>, endedBy: 'masterPass' | 'valid', requirement: string): Promise<void> {
  const { sut } = ctx;
  // Memory State: an idToken with the MasterPass as GroupId is configured (ics.idTokens.masterPass / masterPassGroup).
  const masterPass = idTokenOf(idTokenFor(ctx, 'masterPass'));
  const masterGroup = idTokenFor(ctx, 'masterPassGroup').idToken;
  const valid2 = idTokenOf(idTokenFor(ctx, 'valid2'));
  const ended = endedBy === 'masterPass' ? masterPass : validToken(ctx);
  const first = chargingSession(ctx).evseId;
  const second = ctx.ics.evses.find((e) => e.id !== first)?.id ?? first + 1;
  const groupOf = (answer: Payload | undefined) => ((answer?.idTokenInfo as Payload | undefined)?.groupIdToken as Payload | undefined)?.idToken;
  const adviseMasterPass = (answer: Payload | undefined, what: string) => {
    adviseUnless(ctx, idTokenStatus(answer) === 'Accepted', `${what} idTokenInfo.status is ${String(idTokenStatus(answer))}, not Accepted`, requirement);
    adviseUnless(ctx, groupOf(answer) === masterGroup, `${what} idTokenInfo.groupIdToken.idToken is ${String(groupOf(answer))}, not <Configured masterPassGroupId> ${masterGroup}`, requirement);
  };
  try {
    // Before: EnergyTransferStarted for EVSE 1 with the valid idToken, for EVSE 2 with valid idToken2.
    await energyTransferStarted(ctx);
    await onEvse(ctx, second, async () => {
      await authorized(ctx, {}, valid2);
      await energyTransferStarted(ctx);
    });
    // 1-2. AuthorizationRequest with <Configured masterpass_idtoken>.
    const auth = await sut.call('Authorize', { idToken: masterPass }, { requirement: 'C01.FR.07' });
    adviseMasterPass(auth, 'AuthorizeResponse (master pass)');
    // 3-4. TransactionEventRequest Ended, stoppedReason MasterPass, for both EVSEs.
    for (const evseId of [first, second]) {
      const answer = await onEvse(ctx, evseId, () => transactionEvent(ctx, {
        eventType: 'Ended', triggerReason: 'StopAuthorized', stoppedReason: 'MasterPass', idToken: ended, chargingState: 'EVConnected', requirement,
      }));
      if (endedBy === 'masterPass') adviseMasterPass(answer, `TransactionEventResponse (EVSE ${evseId})`);
    }
  } finally {
    // Not graded: the EVs leave, both connectors are Available again for the next case.
    await stationIdle(ctx).catch(() => undefined);
    await onEvse(ctx, second, () => stationIdle(ctx)).catch(() => undefined);
  }
}
