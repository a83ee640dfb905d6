/** OCTT 1.6 §2.15.1, Table 45: Configuration key - NotSupported. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';

export const TC_040_1_CS = defineTestCase({
  id: 'TC_040_1_CS',
  title: 'Configuration key - NotSupported',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.3'],
  catches: ['unknown-key-accepted'],
  async run(ctx) {
    // 1-2. ChangeConfiguration.req for a key the charge point does not have: NotSupported (5.3).
    const res = await ctx.sut.call('ChangeConfiguration', { key: 'OcppHarnessUnknownKey', value: 'true' }, { requirement: '5.3' });
    ctx.expect(res.status, '5.3: ChangeConfiguration.conf status for an unknown key').to.equal('NotSupported');
  },
});
