import { defineTestCase } from '../../kit.js';

export const TC_A_13_CSMS = defineTestCase({
  id: 'TC_A_13_CSMS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - Combined Certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'ISO 15118 Support', condition: 'ISO-3' }],
  covers: ['A02', 'A02.FR.11'],
  removed: 'errata 2025-09 (5.20, 2025-02): TC_A_13_CS and TC_A_13_CSMS removed from the certification program',
  catches: [],
  async run() {
    // Removed by the errata: never run.
  },
});
