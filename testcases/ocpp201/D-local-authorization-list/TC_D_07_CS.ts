import { defineTestCase } from '../../kit.js';
import { localListEnabled, localListVersionIs, validTokenInList, withLocalList } from './steps.cs.js';
import { booted } from '../_shared/states.cs.js';

// D01 Send Local Authorization List: the list and its version outlive a reboot (Part 6 Table 124).
export const TC_D_07_CS = defineTestCase({
  id: 'TC_D_07_CS', title: 'Send Local Authorization List - Persistent over reboot', version: '2.0.1', sut: 'CS',
  profiles: ['Local Authorization List Management'], covers: ['D01', 'D01.FR.10', 'D02.FR.01'],
  catches: ['local-list-not-persistent'],
  async run(ctx) {
    await withLocalList(ctx, async () => {
      // Before: LocalAuthListEnabled is true (If implemented); Memory State IdTokenLocalAuthList; Charging State Booted.
      await localListEnabled(ctx, 'true');
      const version = await validTokenInList(ctx);
      await booted(ctx);
      // 1-2. GetLocalListVersionRequest: <Configured versionNumber>.
      await localListVersionIs(ctx, version, 'D01.FR.10');
    });
  },
});
