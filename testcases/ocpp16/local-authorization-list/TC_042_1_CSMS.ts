/** OCTT 1.6 §3.14.1, Table 150: Get Local List Version (not supported). Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { localListVersionAsked } from './steps.csms.js';

export const TC_042_1_CSMS = defineTestCase({
  id: 'TC_042_1_CSMS',
  title: 'Get Local List Version (not supported)',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Local Auth List Management'],
  covers: ['5.10'],
  catches: ['local-list-version-16-extra-field'],
  async run(ctx) {
    // 1. The Central System sends GetLocalListVersion.req. 2. The Charge Point answers listVersion -1.
    await localListVersionAsked(ctx, -1);
  },
});
