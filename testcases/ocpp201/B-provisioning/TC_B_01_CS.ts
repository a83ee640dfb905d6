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
  // Part 6 validates no boot reason in Booted (Table 423): B01.FR.09 PowerUp is an advisory.
  advises: ['boot-wrong-reason'],
  async run(ctx) {
    // 1. Execute Reusable State Booted (power cycle); the reason PowerUp (B01.FR.09) is checked as an advisory.
    await booted(ctx, { expectedReason: 'PowerUp', reasonRequirement: 'B01.FR.09', reasonAdvisory: true });
  },
});
