import { defineTestCase } from '../../kit.js';
import { LACKS_STATE, configuredMessage, displayCase, setMessage, unsupportedState } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 403, errata 2025-09 6.2.111 applied). Not listed for the station in Part 5 Ed3, whose prerequisite is a station
// that "should not support all states": filed under Advanced User Interface, for a station whose ICS claims the
// harness's own feature LacksDisplayMessageState (Part 5 has no feature for the states).
export const TC_O_18_CS = defineTestCase({
  id: 'TC_O_18_CS',
  title: 'Set Display Message - NotSupportedState',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  requires: { features: [LACKS_STATE] },
  covers: ['O01.FR.02', 'O02.FR.04'],
  catches: ['display-unsupported-state-accepted'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // 1-2. SetDisplayMessageRequest with <Generated displayMessageId>, state <Configured unsupported_display_message_state>: NotSupportedState.
      const set = await setMessage(ctx, made, configuredMessage(ctx, { state: unsupportedState(ctx) }));
      ctx.expect(set.status, 'O02.FR.04: SetDisplayMessageResponse status').to.equal('NotSupportedState');
    });
  },
});
