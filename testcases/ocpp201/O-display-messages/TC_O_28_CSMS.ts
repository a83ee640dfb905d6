import { defineTestCase } from '../../kit.js';
import { chargingSession, stationIdle } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { configured } from '../_shared/configured.js';
import { adviseMessage, askedMessage, configuredDisplay, expectMessage, isoIn, setDisplayMessage, type MessageInfo } from './steps.csms.js';

// O02 Set Display Message - Specific transaction (Part 6 Table 695, errata 2025-09 6.3.26 applied).
export const TC_O_28_CSMS = defineTestCase({
  id: 'TC_O_28_CSMS',
  title: 'Set Display Message - Specific transaction - Remove message after EndTime',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O02'],
  catches: ['display-drops-times', 'display-drops-transaction', 'display-wrong-priority', 'display-adds-times'],
  async run(ctx) {
    try {
      // Before (errata 6.3.26): Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      const transactionId = chargingSession(ctx).tx?.transactionId;
      // Manual Action: request the CSMS to send a display message for the specific transaction.
      const asked = askedMessage(ctx, { transactionId, endDateTime: isoIn(configured(ctx, 'displayMessageWindowMs')), state: configuredDisplay(ctx).state }) as Partial<MessageInfo>;
      // 1-2. SetDisplayMessageRequest; the OCTT answers Accepted.
      const set = await setDisplayMessage(ctx, 'Accepted', asked);
      // Step 1 tool validations (errata 6.3.26): message.id, priority <Configured Priority>, endDateTime <Configured endDateTime>,
      // transactionId <Generated transactionId from Before>, startDateTime omitted. The errata lists both "message.state
      // <Configured State>" and "message.state is <omitted>": either is accepted. The format is not validated: an advisory.
      const sent = set.payload.message;
      expectMessage(ctx, sent, { priority: asked.priority, transactionId: asked.transactionId, endDateTime: asked.endDateTime });
      ctx.expect(sent.transactionId, 'step 1: SetDisplayMessageRequest message.transactionId is present').to.not.equal(undefined);
      ctx.expect(sent.startDateTime, 'step 1: SetDisplayMessageRequest message.startDateTime is <omitted>').to.equal(undefined);
      ctx.expect([undefined, asked.state], 'step 1: SetDisplayMessageRequest message.state <Configured State> or <omitted>').to.include(sent.state);
      adviseMessage(ctx, sent, { ...(asked.message ? { message: asked.message } : {}) });
    } finally {
      await stationIdle(ctx);
    }
  },
});
