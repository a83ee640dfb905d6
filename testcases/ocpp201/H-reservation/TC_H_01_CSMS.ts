import { defineTestCase } from '../../kit.js';
import { backToAvailable, reserved } from './steps.csms.js';

export const TC_H_01_CSMS = defineTestCase({
  id: 'TC_H_01_CSMS',
  title: 'Reserve a specific EVSE - Accepted - Valid idToken',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['H01', 'H03'],
  catches: ['reserve-adds-connector-type'],
  async run(ctx) {
    try {
      // 1. Reusable State Reserved for <Configured evseId>.
      await reserved(ctx);
    } finally {
      await backToAvailable(ctx);
    }
  },
});
