/**
 * The fault registry is assembled from the blocks: each block declares its faults, the names are
 * literal types, and the simulators' fault checks take only declared names. The `@ts-expect-error`
 * lines are the compile-time half: if a misspelt name compiled, `npm run typecheck` would fail on
 * the unused directive.
 */
import { expect } from 'chai';
import { FAULTS, faultProblems, stationFaultNames } from '../../src/simulators/faults.js';
import { faultSet } from '../../src/simulators/fault-spec.js';
import { STATION_BLOCKS, type StationFaultName } from '../../src/simulators/station/blocks/index.js';
import { CSMS_BLOCKS, type CsmsFaultName } from '../../src/simulators/csms/blocks/index.js';
import { isCsmsFault } from '../../src/simulators/csms/faults.js';
import type { CsmsBlockFactory } from '../../src/simulators/csms/block-host.js';
import type { FAULTS as E_FAULTS } from '../../src/simulators/csms/blocks/E-transactions/faults.js';

describe('fault registry: the blocks\' lists', () => {
  it('is the concatenation of the station and CSMS blocks\' faults, each with its simulator\'s role', () => {
    const fromBlocks = [
      ...STATION_BLOCKS.flatMap((b) => b.faults.map((f) => `station ${b.id} ${f.name} ${f.role}`)),
      ...CSMS_BLOCKS.flatMap((b) => b.faults.map((f) => `csms ${b.id} ${f.name} ${f.role}`)),
    ];
    expect(fromBlocks.filter((line) => { const [role, , , declared] = line.split(' '); return role !== declared; })).to.deep.equal([]);
    expect(FAULTS.map((f) => `${f.role} ${f.name}`)).to.deep.equal(fromBlocks.map((l) => { const [role, , name] = l.split(' '); return `${role} ${name}`; }));
  });

  it('has unique names per role, and unique block ids per simulator', () => {
    for (const role of ['station', 'csms'] as const) {
      const names = FAULTS.filter((f) => f.role === role).map((f) => f.name);
      expect(names.filter((n, i) => names.indexOf(n) !== i), `${role} duplicates`).to.deep.equal([]);
    }
    for (const blocks of [STATION_BLOCKS, CSMS_BLOCKS]) {
      const ids = blocks.map((b) => b.id as string);
      expect(new Set(ids).size).to.equal(ids.length);
    }
  });

  it('takes only declared names at compile time, and checks names given as data at run time', () => {
    const station = faultSet<StationFaultName>(['seqno-gap']);
    expect(station.has('seqno-gap')).to.equal(true);
    // @ts-expect-error a misspelt station fault name does not compile
    expect(station.has('seqno-gapp')).to.equal(false);
    const csmsHas = (name: CsmsFaultName) => name === 'tx-start-rejected';
    expect(csmsHas('tx-start-rejected')).to.equal(true);
    // @ts-expect-error a misspelt CSMS fault name does not compile
    expect(csmsHas('tx-start-rejectd')).to.equal(false);

    expect(() => stationFaultNames(['seqno-gapp'], '2.0.1')).to.throw(/unknown station fault 'seqno-gapp'/);
    expect(faultProblems(['seqno-gap'], 'station', '1.6')).to.deep.equal([`station fault 'seqno-gap' does not apply to OCPP 1.6 (only 2.0.1)`]);
    expect(isCsmsFault('tx-start-rejectd')).to.equal(false);
    expect(isCsmsFault('tx-start-rejected')).to.equal(true);
  });

  it('types faults per block: a CSMS block asks only about the faults it declares, and the host answers from the switched-on set', () => {
    type EFault = (typeof E_FAULTS)[number]['name'];
    const asked: string[] = [];
    const create: CsmsBlockFactory<EFault> = (host) => {
      asked.push(String(host.faults.has('tx-start-rejected')));
      // @ts-expect-error a fault of another block (C's) is not this block's to ask about
      asked.push(String(host.faults.has('authorize-accepts-invalid')));
      return undefined;
    };
    const on = new Set(['tx-start-rejected']);
    create({ versions: ['2.0.1'], faults: { has: (n: string) => on.has(n) } });
    expect(asked).to.deep.equal(['true', 'false']);
  });
});
