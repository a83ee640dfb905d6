/** OCTT 1.6 §3.3.2, Table 123: Clear Authorization Data in Authorization Cache. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { csmsSends } from '../_shared/states.csms.js';

export const TC_061_CSMS = defineTestCase({
  id: 'TC_061_CSMS',
  title: 'Clear Authorization Data in Authorization Cache',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.4', '3.5.1'],
  catches: ['clear-cache-sends-local-list'],
  async run(ctx) {
    // 1-2. The Central System sends ClearCache.req; the Charge Point clears its Authorization Cache and accepts.
    await csmsSends(ctx, 'ClearCache', () => ({ status: 'Accepted' as const }), { requirement: '5.4' });
  },
});
