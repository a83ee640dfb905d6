import { defineTestCase } from '../../kit.js';
import { getConfiguration } from '../_shared/states.cs.js';
import { READ_ONLY_KEYS, REQUIRED_CORE_KEYS } from './steps.cs.js';

export const TC_019_CS = defineTestCase({
  id: 'TC_019_CS',
  title: 'Retrieve configuration',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.8', '9.1'],
  catches: ['config-key-missing'],
  async run(ctx) {
    const { expect } = ctx;
    // 1-2. GetConfiguration.req without keys: GetConfiguration.conf lists every configuration key (5.8).
    const { values } = await getConfiguration(ctx, []);
    // Every required Core key is there (9.1), the read-only ones marked readonly.
    const missing = REQUIRED_CORE_KEYS.filter((k) => !values.has(k));
    expect(missing, '9.1: required Core configuration keys missing from GetConfiguration.conf').to.deep.equal([]);
    for (const k of READ_ONLY_KEYS) expect(values.get(k)?.readonly, `9.1: ${k} is read-only`).to.equal(true);
    expect(values.get('SupportedFeatureProfiles')?.value ?? '', '9.1.29: SupportedFeatureProfiles lists Core').to.match(/(^|,)\s*Core\s*(,|$)/);
  },
});
