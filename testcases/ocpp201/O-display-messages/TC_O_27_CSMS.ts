import { defineTestCase } from '../../kit.js';
import { chargingSession, stationIdle } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { configured } from '../_shared/configured.js';
import { adviseMessage, askedMessage, expectMessage, isoIn, setDisplayMessage, type MessageInfo } from './steps.csms.js';

// O02 Set Display Message - Specific transaction (Part 6 Table 694, errata 2025-09 6.3.25 applied).
export const TC_O_27_CSMS = defineTestCase({
  id: 'TC_O_27_CSMS',
  title: 'Set Display Message - Specific transaction - Display message at StartTime',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O02'],
  catches: ['display-drops-times', 'display-drops-transaction', 'display-adds-times', 'display-wrong-priority'],
  advises: ['display-wrong-priority'],
  async run(ctx) {
    try {
      // Charging State: EnergyTransferStarted.
      await energyTransferStarted(ctx);
      const transactionId = chargingSession(ctx).tx?.transactionId;
      // Manual Action: request the CSMS to send a display message for the specific transaction.
      const asked = askedMessage(ctx, { transactionId, startDateTime: isoIn(configured(ctx, 'displayMessageWindowMs')) }) as Partial<MessageInfo>;
      // 1-2. SetDisplayMessageRequest; the OCTT answers Accepted.
      const set = await setDisplayMessage(ctx, 'Accepted', asked);
      // Step 1 tool validations (errata 6.3.25): message.id, startDateTime <Configured startDateTime>, transactionId <Generated
      // transactionId from Before>; state and endDateTime omitted. Priority and format are not validated: advisories.
      const sent = set.payload.message;
      expectMessage(ctx, sent, { transactionId: asked.transactionId, startDateTime: asked.startDateTime });
      ctx.expect(sent.transactionId, 'step 1: SetDisplayMessageRequest message.transactionId is present').to.not.equal(undefined);
      ctx.expect(sent.state, 'step 1: SetDisplayMessageRequest message.state is <omitted>').to.equal(undefined);
      ctx.expect(sent.endDateTime, 'step 1: SetDisplayMessageRequest message.endDateTime is <omitted>').to.equal(undefined);
      adviseMessage(ctx, sent, asked);
    } finally {
      await stationIdle(ctx);
    }
  },
});
