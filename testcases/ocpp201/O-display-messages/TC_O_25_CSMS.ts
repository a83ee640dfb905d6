import { defineTestCase } from '../../kit.js';
import { askedMessage, expectMessage, setDisplayMessage, unknownMessageId } from './steps.csms.js';

// O01 Set Display Message (Part 6 Table 692): a message for the state Charging. Not listed for the CSMS in Part 5 Ed3:
// filed under Advanced User Interface.
export const TC_O_25_CSMS = defineTestCase({
  id: 'TC_O_25_CSMS',
  title: 'Set Display Message - Send Specific state',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O01'],
  catches: ['display-drops-state', 'display-replace-new-id'],
  async run(ctx) {
    // Manual Action: request the CSMS to send a SetDisplayMessageRequest with <Configured_Id> (an id not set before in
    // this run) and <Configured State> Charging (the purpose: a "Charging" state).
    const id = unknownMessageId();
    const asked = askedMessage(ctx, { id, state: 'Charging' });
    // 1-2. SetDisplayMessageRequest; the OCTT answers Accepted.
    const set = await setDisplayMessage(ctx, 'Accepted', asked);
    expectMessage(ctx, set.payload.message, { id, state: 'Charging' });
  },
});
