import { defineTestCase } from '../../kit.js';
import { booted } from '../_shared/states.cs.js';

export const TC_B_01_CS = defineTestCase({
  id: 'TC_B_01_CS',
  title: 'Cold Boot Charging Station - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B01', 'B01.FR.01', 'B01.FR.05', 'B01.FR.09'],
  preconditions: false,
  catches: ['boot-wrong-reason', 'no-status-after-boot'],
  async run(ctx) {
    // 1. Execute Reusable State Booted (power cycle).
    await booted(ctx, { expectedReason: 'PowerUp', reasonRequirement: 'B01.FR.09' });
  },
});
