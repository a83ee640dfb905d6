/** OCTT 1.6 §2.8.1, Table 25: Retrieve configuration. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { getConfiguration } from '../_shared/states.cs.js';
import { ADVISORY_KEYS, REQUIRED_KEYS, accessibilityMatches } from './steps.cs.js';

export const TC_019_CS = defineTestCase({
  id: 'TC_019_CS',
  title: 'Retrieve configuration',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.8', '9.1'],
  catches: ['config-key-missing', 'config-key-wrong-accessibility'],
  async run(ctx) {
    const { expect } = ctx;
    // 1-2. GetConfiguration.req key SupportedFeatureProfiles: unknownKey empty, the key returned.
    const profilesAnswer = await getConfiguration(ctx, ['SupportedFeatureProfiles']);
    expect(profilesAnswer.unknown, '5.8: GetConfiguration.conf unknownKey (step 2)').to.deep.equal([]);
    expect([...profilesAnswer.values.keys()], '5.8: GetConfiguration.conf configurationKey (step 2)').to.include('SupportedFeatureProfiles');
    const profiles = (profilesAnswer.values.get('SupportedFeatureProfiles')?.value ?? '').split(',').map((p) => p.trim()).filter(Boolean);
    // 3-4. GetConfiguration.req without keys: every required key of the profiles of step 2, with its accessibility.
    const all = await getConfiguration(ctx, []);
    for (const profile of ['Core', ...profiles.filter((p) => p !== 'Core')]) {
      const keys = REQUIRED_KEYS[profile];
      if (!keys) {
        ctx.log(`advisory: SupportedFeatureProfiles names ${profile}, not a 1.6 feature profile`);
        continue;
      }
      const missing = keys.filter(([k]) => !all.values.has(k)).map(([k]) => k);
      expect(missing, `9.1: required ${profile} configuration keys missing from GetConfiguration.conf (step 4)`).to.deep.equal([]);
      for (const [k, wanted] of keys) {
        expect(accessibilityMatches(all.values.get(k)?.readonly === true, wanted), `9.1: accessibility of ${k} is ${wanted} (step 4)`).to.equal(true);
      }
    }
    for (const k of ADVISORY_KEYS) if (!all.values.has(k)) ctx.log(`advisory: 1.6 §9.1 requires ${k}; GetConfiguration.conf does not list it`);
    // 5-6. GetConfiguration.req key GetConfigurationMaxKeys.
    const max = Number((await getConfiguration(ctx, ['GetConfigurationMaxKeys'])).values.get('GetConfigurationMaxKeys')?.value);
    // 7-8. GetConfiguration.req with keys of step 4, as many as GetConfigurationMaxKeys or all of them, whichever is less:
    // unknownKey empty, every requested key returned.
    const listed = [...all.values.keys()];
    const asked = listed.slice(0, Number.isFinite(max) && max > 0 ? Math.min(max, listed.length) : listed.length);
    const some = await getConfiguration(ctx, asked);
    expect(some.unknown, '5.8: GetConfiguration.conf unknownKey (step 8)').to.deep.equal([]);
    expect(asked.filter((k) => !some.values.has(k)), '5.8: requested keys missing from GetConfiguration.conf (step 8)').to.deep.equal([]);
  },
});
