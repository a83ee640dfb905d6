import { defineTestCase } from '../../kit.js';
import { localListEnabled, localListVersionIs, validTokenInList, withLocalList } from './steps.cs.js';

// D02 Get Local List Version (Part 6 Table 125).
export const TC_D_08_CS = defineTestCase({
  id: 'TC_D_08_CS', title: 'Get Local List Version - Success', version: '2.0.1', sut: 'CS',
  profiles: ['Local Authorization List Management'], covers: ['D02', 'D02.FR.01'],
  catches: ['local-list-version-not-stored'],
  async run(ctx) {
    await withLocalList(ctx, async () => {
      // Before: LocalAuthListEnabled is true (If implemented); Memory State IdTokenLocalAuthList.
      await localListEnabled(ctx, 'true');
      const version = await validTokenInList(ctx);
      // 1-2. GetLocalListVersionRequest: <Configured versionNumber>.
      await localListVersionIs(ctx, version, 'D02.FR.01');
    });
  },
});
