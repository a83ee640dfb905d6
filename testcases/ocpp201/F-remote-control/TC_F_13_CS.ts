import { defineTestCase } from '../../kit.js';
import { later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { firstContext, trigger, triggerAccepted } from './steps.cs.js';

export const TC_F_13_CS = defineTestCase({
  id: 'TC_F_13_CS',
  title: 'Trigger message - TransactionEvent - Specific EVSE',
  version: '2.0.1',
  sut: 'CS',
  profiles: [trigger('2')],
  covers: ['F06', 'F06.FR.04', 'F06.FR.05', 'F06.FR.07', 'F06.FR.10'],
  catches: ['trigger-not-sent', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, {}, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      const triggered = later(transactionEvent(ctx, { describe: '(triggered)', requirement: 'F06.FR.10' }));
      // 1-2. TriggerMessage TransactionEvent for <Configured evseId>: Accepted.
      await triggerAccepted(ctx, { requestedMessage: 'TransactionEvent', evse: { id: s.evseId } });
      // 3-4. TransactionEventRequest: evse.id omitted or the EVSE, Trigger, Charging, a meter value of context Trigger.
      const p = await triggered;
      const evse = p.evse as { id?: number } | undefined;
      if (evse !== undefined) expect(evse.id, 'F06.FR.07: TransactionEventRequest evse.id (omitted or <Configured evseId>)').to.equal(s.evseId);
      expect(p.triggerReason, 'F06.FR.07: TransactionEventRequest triggerReason').to.equal('Trigger');
      expect(txInfo(p).chargingState, 'F06.FR.07: TransactionEventRequest transactionInfo.chargingState').to.equal('Charging');
      expect(Array.isArray(p.meterValue) && p.meterValue.length > 0, 'F06.FR.07: TransactionEventRequest meterValue is present').to.equal(true);
      expect(firstContext(p as { meterValue?: Array<{ sampledValue?: Array<{ context?: string }> }> }), 'F06.FR.07: TransactionEventRequest meterValue[0].sampledValue[0].context').to.equal('Trigger');
    });
  },
});
