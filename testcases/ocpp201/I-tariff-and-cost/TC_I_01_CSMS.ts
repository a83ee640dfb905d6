/** Part 6 Table 566 (with errata 2025-09, 6.3.11), TC_I_01_CSMS: Show EV Driver running total cost during charging - costUpdatedRequest. */
import { adviseUnless, defineTestCase } from '../../kit.js';
import { chargingSession, transactionEvent } from '../_shared/charging-session.csms.js';
import { configured } from '../_shared/configured.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/states.csms.js';
import { costUpdateAnswered, energyTariffConfigured } from './steps.csms.js';

/** "The OCTT will end the testcase after two MeterValues." */
const METER_VALUES = 2;

export const TC_I_01_CSMS = defineTestCase({
  id: 'TC_I_01_CSMS',
  title: 'Show EV Driver running total cost during charging - costUpdatedRequest',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['I02', 'I02.FR.01'],
  catches: ['cost-updated-other-transaction', 'running-cost-never-sent'],
  advises: ['running-cost-never-sent'],
  async run(ctx) {
    // Memory State (as TC_I_02_CSMS): the CSMS charges by an energy tariff, so it has a running cost to tell.
    await energyTariffConfigured(ctx);
    // 1-4. Authorize, then the TransactionEvent of the authorization: idTokenInfo.status Accepted in both (validated).
    // Part 6 writes eventType Updated; with no transaction yet the station starts one (E03), so it is Started.
    await authorized(ctx);
    const transactionId = chargingSession(ctx).tx?.transactionId;
    // 5-6. Reusable States EVConnectedPreSession and EnergyTransferStarted.
    await evConnectedPreSession(ctx);
    await energyTransferStarted(ctx);
    // 7-10. Every <Configured sampled Meter Values interval>: TransactionEvent Updated, MeterValuePeriodic, Sample.Periodic;
    // after each answer without totalCost the CSMS sends a CostUpdatedRequest, which the OCTT answers.
    const intervalMs = configured(ctx, 'meterValuesIntervalMs');
    let runningCostSeen = false;
    for (let i = 0; i < METER_VALUES; i += 1) {
      await ctx.specifiedWait(intervalMs, 'Configured sampled Meter Values interval');
      const answer = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'MeterValuePeriodic', meter: 'Sample.Periodic' });
      if (answer?.totalCost !== undefined) {
        runningCostSeen = true;
        continue;
      }
      if (await costUpdateAnswered(ctx)) runningCostSeen = true;
    }
    // Step 9 tool validation: every CostUpdatedRequest names the transaction (<Generated TransactionId>).
    for (const update of ctx.sut.receivedPayloads('CostUpdated')) {
      ctx.expect(update.transactionId, 'I02.FR.01: CostUpdatedRequest transactionId').to.equal(transactionId);
    }
    // I02.FR.01: the running cost in one of its two forms; the tool validates neither as mandatory (an advisory).
    adviseUnless(ctx, runningCostSeen, 'the CSMS sent the running cost neither in a TransactionEventResponse (totalCost) nor in a CostUpdatedRequest', 'I02.FR.01');
  },
});
