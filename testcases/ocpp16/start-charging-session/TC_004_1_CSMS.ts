/** OCTT 1.6 §3.2.2, Table 119: Regular Charging Session – Identification First. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { charging } from '../_shared/states.csms.js';

export const TC_004_1_CSMS = defineTestCase({
  id: 'TC_004_1_CSMS',
  title: 'Regular Charging Session – Identification First',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.1', '4.8', '4.9'],
  catches: ['tx-start-rejected'],
  async run(ctx) {
    // 1. Execute Reusable State Charging (Before: Authorized): Authorize, Preparing, StartTransaction Accepted, Charging.
    await charging(ctx);
  },
});
