import { defineTestCase, type Payload } from '../../kit.js';
import { connectorStatus, later, transactionCase, transactionEvent, txInfo, validToken } from '../_shared/charging-session.cs.js';
import { authorized } from '../_shared/transaction-states.cs.js';
import { core, txStartPoint } from './steps.cs.js';

export const TC_E_11_CS = defineTestCase({
  id: 'TC_E_11_CS',
  title: 'Start transaction options - DataSigned',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-09.3 and (C-51 or NOT (C-09.1 or C-09.2 or C-09.6))')],
  covers: ['E01(S4)', 'E01.FR.04', 'E01.FR.07', 'E01.FR.10', 'E01.FR.15', 'E01.FR.16'],
  catches: ['tx-start-point-ignored', 'tx-unsigned-meter-values', 'tx-no-idtoken'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [txStartPoint('DataSigned'), { component: 'SampledDataCtrlr', variable: 'SignReadings', value: 'true' }];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: Reusable State Authorized.
      await authorized(ctx);
      // Manual Action: Connect the EV and EVSE. 1-2. The connector becomes Occupied.
      const occupied = connectorStatus(ctx, 'Occupied', 'G01.FR.03');
      // 3-4. The signed meter value starts the transaction.
      const tx = later(transactionEvent(ctx, { describe: '(signed meter value)', requirement: 'E01.FR.04' }));
      Object.assign(s, { evConnected: true, evseReported: false });
      await ctx.operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
      await occupied;
      const p = await tx;
      expect(p.eventType, 'E01.FR.04: TransactionEventRequest eventType').to.equal('Started');
      expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('SignedDataReceived');
      expect((p.idToken as Payload | undefined)?.idToken, 'E01.FR.10: TransactionEventRequest idToken.idToken').to.equal(validToken(ctx).idToken);
      const sampled = ((p.meterValue as Payload[] | undefined) ?? []).flatMap((mv) => (mv.sampledValue as Payload[] | undefined) ?? []);
      const begin = sampled.filter((v) => v.context === 'Transaction.Begin');
      expect(begin.length, 'E01.FR.04: TransactionEventRequest meterValue with context Transaction.Begin').to.be.greaterThan(0);
      const signed = begin.map((v) => v.signedMeterValue as Payload | undefined).find((v) => v !== undefined);
      for (const field of ['encodingMethod', 'publicKey', 'signedMeterData', 'signingMethod']) {
        expect(signed?.[field], `E01.FR.04: sampledValue.signedMeterValue.${field} (SampledDataCtrlr.SignReadings is true)`).to.be.a('string');
      }
      // 5-6. Energy flows: ChargingStateChanged, Charging.
      const charging = await transactionEvent(ctx, { describe: '(charging)', requirement: 'E02.FR.13' });
      expect(charging.eventType, 'E02.FR.13: TransactionEventRequest eventType').to.equal('Updated');
      expect(charging.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
      expect(txInfo(charging).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Charging');
      s.state = 'EnergyTransferStarted';
    });
  },
});
