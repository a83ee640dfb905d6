import { defineTestCase } from '../../kit.js';
import { booted } from '../_shared/states.csms.js';

export const TC_B_01_CSMS = defineTestCase({
  id: 'TC_B_01_CSMS',
  title: 'Cold Boot Charging Station - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B01', 'B01.FR.02'],
  preconditions: false,
  catches: ['boot-rejects-known-station'],
  async run(ctx) {
    // 1. Execute Reusable State Booted.
    await booted(ctx);
  },
});
