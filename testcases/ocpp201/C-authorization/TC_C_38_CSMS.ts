import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';

export const TC_C_38_CSMS = defineTestCase({
  id: 'TC_C_38_CSMS',
  title: 'Clear Authorization Data in Authorization Cache - Rejected',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['C11', 'C11.FR.01', 'C11.FR.04'],
  catches: ['clear-cache-sends-local-list'],
  async run(ctx) {
    // 1. The CSMS sends a ClearCacheRequest (operator: trigger it); 2. the OCTT answers Rejected. Tool validations: N/a.
    await csmsRequest(ctx, 'ClearCache', () => ({ status: 'Rejected' as const }), { requirement: 'C11.FR.01' });
  },
});
