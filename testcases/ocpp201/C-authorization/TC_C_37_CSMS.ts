import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';

export const TC_C_37_CSMS = defineTestCase({
  id: 'TC_C_37_CSMS',
  title: 'Clear Authorization Data in Authorization Cache - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['C11', 'C11.FR.01'],
  catches: ['clear-cache-sends-local-list'],
  async run(ctx) {
    // 1. The CSMS sends a ClearCacheRequest (operator: trigger it); 2. the OCTT answers Accepted. Tool validations: N/a.
    await csmsRequest(ctx, 'ClearCache', () => ({ status: 'Accepted' as const }), { requirement: 'C11.FR.01' });
  },
});
