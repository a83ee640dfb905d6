/** `advises` on a case definition (issue 12 §2): faults the case reports as advisories must be faults it catches. */
import { expect } from 'chai';
import { defineTestCase } from '../../src/engine/testcase.js';

const common = { title: 't', version: '2.0.1' as const, sut: 'CS' as const, profiles: ['Core'], covers: ['B01'], run: async () => undefined };

describe('defineTestCase advises', () => {
  it('accepts faults of catches and keeps them on the definition', () => {
    const tc = defineTestCase({ ...common, id: 'TC_B_01_CS', catches: ['boot-wrong-reason', 'no-status-after-boot'], advises: ['boot-wrong-reason'] });
    expect(tc.definition.advises).to.deep.equal(['boot-wrong-reason']);
  });
  it('refuses a fault the case does not list in catches', () => {
    expect(() => defineTestCase({ ...common, id: 'TC_B_01_CS', catches: ['no-status-after-boot'], advises: ['boot-wrong-reason'] })).to.throw(/advises: must name faults the case also lists in catches/);
  });
});
