import { defineTestCase } from '../../kit.js';
import { askedMessage, setDisplayMessage, configuredDisplay } from './steps.csms.js';

// O01 Set Display Message (Part 6 Table 691).
export const TC_O_19_CSMS = defineTestCase({
  id: 'TC_O_19_CSMS',
  title: 'Set Display Message - NotSupportedMessageFormat',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O01'],
  catches: ['display-set-no-id'],
  async run(ctx) {
    // Manual Action: request the CSMS to send a SetDisplayMessageRequest in a message format (HTML here) the station answers it does not support.
    const asked = askedMessage(ctx, { message: { format: 'HTML', content: `<b>${configuredDisplay(ctx).content}</b>` } });
    // 1-2. SetDisplayMessageRequest; the OCTT answers NotSupportedMessageFormat.
    const set = await setDisplayMessage(ctx, 'NotSupportedMessageFormat', asked);
    ctx.expect(set.payload.message.id, 'step 1: SetDisplayMessageRequest message.id <Generated Id>').to.be.a('number');
  },
});
