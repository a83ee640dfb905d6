import { defineTestCase } from '../../kit.js';
import { configuredMessage, displayCase, newMessageId, setMessage } from './steps.cs.js';

// O02 Set Display Message - Specific transaction (Part 6 Table 396, errata 2025-09 6.2.111 applied).
export const TC_O_10_CS = defineTestCase({
  id: 'TC_O_10_CS',
  title: 'Set Display Message - Specific transaction - UnknownTransaction',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O02', 'O02.FR.01'],
  catches: ['display-unknown-transaction-accepted'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // 1-2. SetDisplayMessageRequest with message.transactionId <Generated transactionId> (no such transaction): UnknownTransaction.
      const set = await setMessage(ctx, made, configuredMessage(ctx, { transactionId: `octt-${newMessageId()}` }));
      ctx.expect(set.status, 'O02.FR.01: SetDisplayMessageResponse status').to.equal('UnknownTransaction');
    });
  },
});
