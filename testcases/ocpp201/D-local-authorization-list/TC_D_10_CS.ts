import { defineTestCase } from '../../kit.js';
import { localListEnabled, localListVersionIs, validTokenInList, withLocalList } from './steps.cs.js';

// D02 Get Local List Version with the list disabled: 0, no list (Part 6 Table 126).
export const TC_D_10_CS = defineTestCase({
  id: 'TC_D_10_CS', title: 'Get Local List Version - Function disabled', version: '2.0.1', sut: 'CS',
  profiles: ['Local Authorization List Management'], covers: ['D02', 'D02.FR.03'],
  catches: ['local-list-version-while-disabled'],
  async run(ctx) {
    await withLocalList(ctx, async () => {
      // Not a Part 6 step: a list is installed first, so a station that reports its version regardless is seen.
      await localListEnabled(ctx, 'true');
      await validTokenInList(ctx);
      // Before: LocalAuthListEnabled is false (If implemented).
      await localListEnabled(ctx, 'false');
      // 1-2. GetLocalListVersionRequest: versionNumber 0.
      await localListVersionIs(ctx, 0, 'D02.FR.03');
    });
  },
});
