/** OCTT 1.6 §3.7.1, Table 133: Retrieve all configuration keys. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { csmsSends } from '../_shared/states.csms.js';
import { getConfigurationAnswer } from './steps.csms.js';

export const TC_019_1_CSMS = defineTestCase({
  id: 'TC_019_1_CSMS',
  title: 'Retrieve all configuration keys',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.8'],
  catches: ['getconfiguration-fixed-keys'],
  async run(ctx) {
    // 1-2. The Central System sends GetConfiguration.req with an empty key list (all keys); the Charge Point reports them all.
    const req = await csmsSends(ctx, 'GetConfiguration', (p) => getConfigurationAnswer(ctx, p), { requirement: '5.8' });
    const keys = Array.isArray(req.payload.key) ? req.payload.key : [];
    ctx.expect(keys, '5.8: GetConfiguration.req key list (empty: all keys)').to.have.lengthOf(0);
  },
});
