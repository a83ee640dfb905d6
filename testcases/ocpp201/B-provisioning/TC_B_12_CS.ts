import { defineTestCase } from '../../kit.js';
import { cv, label } from './steps.cs.js';
import { REQUIRED_WRITABLE, baseReport, checkCharacteristics, checkReported } from './steps.reports.cs.js';

export const TC_B_12_CS = defineTestCase({
  id: 'TC_B_12_CS',
  title: 'Get Base Report - ConfigurationInventory',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B07', 'B07.FR.01', 'B07.FR.03', 'B07.FR.04', 'B07.FR.07', 'B07.FR.10', 'B07.FR.12'],
  catches: ['config-inventory-includes-readonly', 'report-wrong-request-id', 'report-seqno-from-one'],
  async run(ctx) {
    const data = await baseReport(ctx, 'ConfigurationInventory');
    // Post scenario: characteristics present, only ReadWrite / WriteOnly variables, the required writable ones among them.
    checkCharacteristics(ctx, data, 'B07.FR.07');
    for (const d of data) {
      for (const a of d.variableAttribute ?? []) {
        ctx.expect(a.mutability ?? 'ReadWrite', `B07.FR.07: mutability of ${label(d)}`).to.be.oneOf(['ReadWrite', 'WriteOnly']);
      }
    }
    checkReported(ctx, data, REQUIRED_WRITABLE.map(([c, v, i]) => cv(c, v, i)), 'B07.FR.07');
  },
});
