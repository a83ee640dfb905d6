/**
 * A case's peer is typed by its version and SUT role (defineTestCase infers both from the literal
 * metadata). The `@ts-expect-error` lines are the test: if one of them compiled, `npm run build`
 * would fail with "Unused '@ts-expect-error' directive".
 */
import { expect } from 'chai';
import { defineTestCase } from '../../src/engine/testcase.js';

describe('typed case payloads (per version and role)', () => {
  it('a wrong field, an action of another version or a method of the other role does not compile', () => {
    const tc = defineTestCase({
      id: 'TC_B_99_CS', title: 'typing probe', version: '2.0.1', sut: 'CS', profiles: ['Core'], covers: ['B11'], catches: ['none'],
      async run(ctx) {
        // @ts-expect-error -- 'tpye' is not a field of ResetRequest
        await ctx.sut.call('Reset', { tpye: 'Hard' });
        // @ts-expect-error -- 'Later' is not a ResetEnumType
        await ctx.sut.call('Reset', { type: 'Later' });
        // @ts-expect-error -- RemoteStartTransaction is a 1.6 action
        await ctx.sut.call('RemoteStartTransaction', { idTag: 'X' });
        // @ts-expect-error -- connect() is the station side's: the harness plays the CSMS here
        await ctx.sut.connect();
        const res = await ctx.sut.call('Reset', { type: 'Immediate' });
        // The response type flows to the caller: status is a ResetStatusEnumType.
        const status: 'Accepted' | 'Rejected' | 'Scheduled' = res.status;
        const boot = await ctx.sut.expectCall('BootNotification');
        const reason: string = boot.payload.reason;
        // @ts-expect-error -- 'Maybe' is not a RegistrationStatusEnumType
        boot.respond({ currentTime: '', interval: 1, status: 'Maybe' });
        // @ts-expect-error -- callRaw judges nothing but its payload is typed too
        await ctx.sut.callRaw('Reset', { tpye: 'Hard' });
        // The untyped escape hatches stay open, and visible, for payloads invalid on purpose.
        await ctx.sut.callUnchecked('Reset', { tpye: 'Hard' });
        await ctx.sut.callRawUnchecked('Reset', { tpye: 'Hard' });
        ctx.log(`${status} ${reason}`);
      },
    });
    const probe = defineTestCase({
      id: 'TC_001_CSMS', title: 'typing probe', version: '1.6', sut: 'CSMS', profiles: ['Core'], covers: ['4.2'], catches: ['none'],
      async run(ctx) {
        await ctx.sut.connect();
        // @ts-expect-error -- a 1.6 BootNotification has no chargingStation
        await ctx.sut.call('BootNotification', { chargingStation: { model: 'M', vendorName: 'V' }, reason: 'PowerUp' });
        // @ts-expect-error -- refuseConnections() is the CSMS side's
        ctx.sut.refuseConnections();
      },
    });
    expect([tc.version, tc.sut, probe.version, probe.sut]).to.deep.equal(['2.0.1', 'CS', '1.6', 'CSMS']);
  });
});
