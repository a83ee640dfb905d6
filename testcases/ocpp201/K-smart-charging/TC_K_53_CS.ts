/** Part 6 Table 292, TC_K_53_CS: Charging with load leveling based on High Level Communication - Success. */
import { defineTestCase } from '../../kit.js';
import { sc201 } from './steps.profiles.cs.js';
import { smartChargingCase } from './steps.cs.js';
import { iso15118Session, renegotiateChargingLimits } from './steps.iso15118.cs.js';

export const TC_K_53_CS = defineTestCase({
  id: 'TC_K_53_CS',
  title: 'Charging with load leveling based on High Level Communication - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['K15', 'K15.FR.01', 'K15.FR.06', 'K15.FR.09', 'K15.FR.10'],
  catches: ['iso-ev-wrong-evse'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // Before: State is Authorized (local), State is EVConnectedPreSession.
      const transactionId = await iso15118Session(ctx);
      // 1. Execute Reusable State RenegotiateChargingLimits.
      await renegotiateChargingLimits(ctx, s, transactionId);
    });
  },
});
