/** OCTT 1.6 §3.7.3, Table 135: Change/set Configuration. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { changeConfiguration } from '../_shared/configuration-steps.csms.js';

export const TC_021_CSMS = defineTestCase({
  id: 'TC_021_CSMS',
  title: 'Change/set Configuration',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.3', '6.9'],
  catches: ['configuration-value-as-number'],
  async run(ctx) {
    // 1-2. ChangeConfiguration.req MeterValueSampleInterval = "60" (a string, 6.9); the Charge Point accepts.
    const req = await changeConfiguration(ctx, 'MeterValueSampleInterval', '60', 'Accepted');
    ctx.expect(req.value, '6.9: ChangeConfiguration.req value').to.equal('60');
  },
});
