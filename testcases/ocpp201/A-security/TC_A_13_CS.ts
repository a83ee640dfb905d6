import { defineTestCase } from '../../kit.js';

export const TC_A_13_CS = defineTestCase({
  id: 'TC_A_13_CS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - Combined Certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'ISO 15118 Support', condition: 'ISO-3' }],
  covers: ['A00', 'A02', 'A00.FR.428', 'A02.FR.02', 'A02.FR.03', 'A02.FR.06'],
  removed: 'errata 2025-09 (5.20, 2025-02): TC_A_13_CS was removed from the certification program',
  catches: [],
  async run() {
    // Removed by the errata: listed, never run.
  },
});
