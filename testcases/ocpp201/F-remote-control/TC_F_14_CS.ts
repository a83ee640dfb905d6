import { CaseInconclusive, defineTestCase } from '../../kit.js';
import { later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { firstContext, trigger, triggerAccepted } from './steps.cs.js';

export const TC_F_14_CS = defineTestCase({
  id: 'TC_F_14_CS',
  title: 'Trigger message - TransactionEvent - All EVSE',
  version: '2.0.1',
  sut: 'CS',
  profiles: [trigger('2')],
  covers: ['F06', 'F06.FR.04', 'F06.FR.05', 'F06.FR.07', 'F06.FR.10', 'F06.FR.11'],
  catches: ['trigger-not-sent', 'trigger-all-evse-rejected'],
  async run(ctx) {
    const { expect } = ctx;
    // Before: "State is EnergyTransferStarted for all EVSE": the harness runs one session, on the configured EVSE.
    if (ctx.ics.evses.length > 1) throw new CaseInconclusive(`Reusable State EnergyTransferStarted for all ${ctx.ics.evses.length} EVSEs: the harness establishes it on one EVSE only`);
    await transactionCase(ctx, {}, async (s) => {
      await energyTransferStarted(ctx);
      const triggered = later(transactionEvent(ctx, { describe: '(triggered)', requirement: 'F06.FR.10' }));
      // 1-2. TriggerMessage TransactionEvent, evse omitted (F06.FR.11: every EVSE): Accepted.
      await triggerAccepted(ctx, { requestedMessage: 'TransactionEvent' });
      // 3-4. For every EVSE: TransactionEventRequest with evse.id the EVSE, Trigger, Charging, a meter value of context Trigger.
      const p = await triggered;
      expect((p.evse as { id?: number } | undefined)?.id, 'F06.FR.11: TransactionEventRequest evse.id (<Configured evseId>)').to.equal(s.evseId);
      expect(p.triggerReason, 'F06.FR.07: TransactionEventRequest triggerReason').to.equal('Trigger');
      expect(txInfo(p).chargingState, 'F06.FR.07: TransactionEventRequest transactionInfo.chargingState').to.equal('Charging');
      expect(Array.isArray(p.meterValue) && p.meterValue.length > 0, 'F06.FR.07: TransactionEventRequest meterValue is present').to.equal(true);
      expect(firstContext(p as { meterValue?: Array<{ sampledValue?: Array<{ context?: string }> }> }), 'F06.FR.07: TransactionEventRequest meterValue[0].sampledValue[0].context').to.equal('Trigger');
    });
  },
});
