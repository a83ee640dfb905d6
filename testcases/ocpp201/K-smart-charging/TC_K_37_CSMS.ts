import { defineTestCase, type Payload } from '../../kit.js';
import { chargingSession, csmsRequest, nextTransactionEvent, validToken } from '../_shared/charging-session.csms.js';
import { expectKindAndStart, expectPart2, kSettings, omitted, profileHint, same, verifier } from './steps.csms.js';

export const TC_K_37_CSMS = defineTestCase({
  id: 'TC_K_37_CSMS',
  title: 'Remote start transaction with charging profile - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['K05', 'K05.FR.02', 'F01', 'F01.FR.08', 'F01.FR.09', 'F01.FR.11'],
  catches: ['remote-start-profile-with-transaction', 'request-start-wrong-token'],
  async run(ctx) {
    const s = kSettings(ctx);
    const verify = verifier(ctx);
    const token = validToken(ctx);
    // Manual Action, 1-2. RequestStartTransactionRequest with a TxProfile chargingProfile (Relative) for the configured EVSE; Accepted.
    const { chargingProfile } = profileHint(s, s.evseId, { purpose: 'TxProfile', kind: 'Relative', limitA: 6 });
    const req = await csmsRequest(ctx, 'RequestStartTransaction', () => ({ status: 'Accepted' as const }),
      { hint: { idToken: token, evseId: s.evseId, chargingProfile }, requirement: 'F01.FR.08' });
    const profile = (req.payload.chargingProfile ?? {}) as unknown as Payload;
    // Tool validations, step 1 (errata 2025-09, 6.3.13).
    same(verify, req.payload.idToken.idToken, token.idToken, 'Step 1: idToken.idToken (<Configured valid idToken>)', 'F01.FR.01');
    same(verify, req.payload.idToken.type, token.type, 'Step 1: idToken.type (<Configured valid idToken type>)', 'F01.FR.01');
    same(verify, req.payload.evseId, s.evseId, 'Step 1: evseId (<Configured evseId>)', 'F01');
    same(verify, profile.chargingProfilePurpose, 'TxProfile', 'Step 1: chargingProfile.chargingProfilePurpose', 'K05.FR.02');
    omitted(verify, profile.transactionId, 'Step 1: chargingProfile.transactionId', 'K05');
    expectKindAndStart(verify, profile, 'Step 1');
    expectPart2(verify, { profile, evseId: req.payload.evseId }, 'remote-start', 'Step 1');
    // 3-4. TransactionEvent (Started, triggerReason RemoteStart) with the CSMS's remoteStartId; the CSMS answers.
    const event = nextTransactionEvent(ctx, { eventType: chargingSession(ctx).tx ? 'Updated' : 'Started', triggerReason: 'RemoteStart', idToken: token });
    event.transactionInfo.remoteStartId = req.payload.remoteStartId;
    await ctx.sut.call('TransactionEvent', event, { requirement: 'F01.FR.11' });
  },
});
