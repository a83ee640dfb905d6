import { defineTestCase } from '../../kit.js';
import { entry, localListEnabled, localListVersionIs, sendLocalList, versionAbove, withLocalList } from './steps.cs.js';
import { idTokenLocalAuthList } from '../_shared/states.cs.js';
import { idTokenFor } from '../../kit.js';

// D01 Send Local Authorization List: a Differential update with a version not above the station's is refused (Part 6 Table 123).
export const TC_D_06_CS = defineTestCase({
  id: 'TC_D_06_CS', title: 'Send Local Authorization List - VersionMismatch', version: '2.0.1', sut: 'CS',
  profiles: ['Local Authorization List Management'], covers: ['D01', 'D01.FR.19', 'D02.FR.01'],
  catches: ['local-list-version-mismatch-ignored'],
  async run(ctx) {
    await withLocalList(ctx, async () => {
      // Before: LocalAuthListEnabled is true (If implemented); *Configured versionNumber > 1; Memory State IdTokenLocalAuthList.
      const version = versionAbove(ctx, 1);
      await localListEnabled(ctx, 'true');
      await idTokenLocalAuthList(ctx, idTokenFor(ctx, 'valid'), version);
      // 1-2. SendLocalListRequest Differential, versionNumber <Configured versionNumber - 1>, not empty: VersionMismatch.
      await sendLocalList(ctx, { versionNumber: version - 1, updateType: 'Differential', localAuthorizationList: [entry(ctx, 'valid2')] }, 'VersionMismatch', 'D01.FR.19');
      // 3-4. GetLocalListVersionRequest: still <Configured versionNumber>.
      await localListVersionIs(ctx, version, 'D01.FR.19');
    });
  },
});
