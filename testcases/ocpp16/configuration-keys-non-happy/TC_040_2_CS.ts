/** OCTT 1.6 §2.15.2, Table 46: Configuration key - Invalid value. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { getConfiguration } from '../_shared/states.cs.js';

export const TC_040_2_CS = defineTestCase({
  id: 'TC_040_2_CS',
  title: 'Configuration key - Invalid value',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.3'],
  catches: ['invalid-config-value-accepted'],
  async run(ctx) {
    const key = 'MeterValueSampleInterval';
    const before = (await getConfiguration(ctx, [key])).values.get(key)?.value;
    // 1-2. ChangeConfiguration.req with a value that is no interval in seconds: Rejected (5.3: malformed or out of range).
    const res = await ctx.sut.call('ChangeConfiguration', { key, value: '-1' }, { requirement: '5.3' });
    ctx.expect(res.status, '5.3: ChangeConfiguration.conf status for an invalid value').to.equal('Rejected');
    // The key keeps its value.
    const after = (await getConfiguration(ctx, [key])).values.get(key)?.value;
    ctx.expect(after, `5.3: ${key} after a rejected change`).to.equal(before);
  },
});
