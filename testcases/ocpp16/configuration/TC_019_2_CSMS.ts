/** OCTT 1.6 §3.7.2, Table 134: Retrieve specific configuration key. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { csmsSends } from '../_shared/states.csms.js';
import { getConfigurationAnswer } from './steps.csms.js';

export const TC_019_2_CSMS = defineTestCase({
  id: 'TC_019_2_CSMS',
  title: 'Retrieve specific configuration key',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.8'],
  catches: ['getconfiguration-fixed-keys'],
  async run(ctx) {
    // 1-2. The Central System sends GetConfiguration.req for SupportedFeatureProfiles; the Charge Point reports it, unknownKey empty.
    const req = await csmsSends(ctx, 'GetConfiguration', (p) => getConfigurationAnswer(ctx, p),
      { hint: { key: ['SupportedFeatureProfiles'] }, requirement: '5.8' });
    ctx.expect(req.payload.key, '5.8: GetConfiguration.req key').to.deep.equal(['SupportedFeatureProfiles']);
  },
});
