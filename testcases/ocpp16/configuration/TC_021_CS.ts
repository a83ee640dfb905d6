/** OCTT 1.6 §2.8.2, Table 26: Change/set Configuration. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { getConfiguration, setConfiguration } from '../_shared/states.cs.js';

export const TC_021_CS = defineTestCase({
  id: 'TC_021_CS',
  title: 'Change/set Configuration',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.3', '5.8'],
  catches: ['changeconfiguration-ignored'],
  async run(ctx) {
    const key = 'MeterValueSampleInterval';
    const before = Number((await getConfiguration(ctx, [key])).values.get(key)?.value ?? '0');
    const wanted = String(before + 7);
    // 1-2. ChangeConfiguration.req MeterValueSampleInterval: Accepted.
    await setConfiguration(ctx, key, wanted, { graded: true, requirement: '5.3' });
    // 3-4. GetConfiguration.req for the key: the new value (5.3: the change was applied).
    const after = (await getConfiguration(ctx, [key])).values.get(key)?.value;
    ctx.expect(after, `5.3: ${key} after ChangeConfiguration`).to.equal(wanted);
  },
});
