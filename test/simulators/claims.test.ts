/**
 * The reference ICS comes from the blocks: each block's claims.ts states the Part 5 profiles and
 * features it implements and the configurations it can run as; session/reference.ts assembles them.
 */
import { expect } from 'chai';
import { assembleClaims, type BlockClaims } from '../../src/simulators/claims.js';
import { STATION_BLOCKS } from '../../src/simulators/station/blocks/index.js';
import { CSMS_BLOCKS } from '../../src/simulators/csms/blocks/index.js';
import { referenceIcs, referenceVariants } from '../../src/session/reference.js';

const block = (claims: BlockClaims) => ({ claims });

describe('simulator claims: assembled from the blocks', () => {
  it('concatenates the blocks\' profiles and features for the version\'s family, once each', () => {
    const got = assembleClaims([
      block({ claims: { '2.x': { profiles: ['Core'], features: ['C-13'] }, '1.6': { profiles: ['Core'] } } }),
      block({ claims: { '2.x': { profiles: ['Core', 'Reservation'], features: ['C-13', 'C-56'] } } }),
    ], '2.1');
    expect(got).to.deep.equal({ profiles: ['Core', 'Reservation'], features: ['C-13', 'C-56'], variants: [] });
    expect(assembleClaims([block({ claims: { '2.x': { features: ['C-13'] } } })], '1.6').features).to.deep.equal([]);
  });

  it('keeps a block\'s variants for their versions, and merges two blocks\' variants with the same changes into one', () => {
    const got = assembleClaims([
      block({ variants: [{ name: 'ISO (certificates)', versions: ['2.0.1'], addProfiles: ['ISO 15118 Support'] }] }),
      block({ variants: [{ name: 'ISO (EV stop)', versions: ['2.0.1'], addProfiles: ['ISO 15118 Support'] }, { name: 'two EVSEs', versions: ['1.6'], evses: [{ id: 1, connectors: 1 }, { id: 2, connectors: 1 }] }] }),
    ], '2.0.1');
    expect(got.variants.map((v) => v.name)).to.deep.equal(['ISO (certificates); ISO (EV stop)']);
  });

  it('the reference ICS is the union of what the station\'s and the CSMS\'s blocks claim', () => {
    for (const [sut, blocks] of [['CS', STATION_BLOCKS], ['CSMS', CSMS_BLOCKS]] as const) {
      for (const version of ['1.6', '2.0.1'] as const) {
        const fam = version === '1.6' ? '1.6' : '2.x';
        const claimed = blocks.flatMap((b) => (b.claims as BlockClaims).claims?.[fam]?.features ?? []);
        const profiles = blocks.flatMap((b) => (b.claims as BlockClaims).claims?.[fam]?.profiles ?? []);
        const ics = referenceIcs(version, sut);
        expect(ics.features ?? [], `${version} ${sut}`).to.have.members([...new Set(claimed)]);
        expect(ics.profiles ?? [], `${version} ${sut}`).to.have.members([...new Set(profiles)]);
      }
    }
    expect(referenceIcs('2.0.1', 'CS').profiles).to.include.members(['Core', 'Advanced Security', 'Reservation']);
  });

  it('a variant is the default claim with the block\'s changes', () => {
    const base = referenceIcs('2.0.1', 'CS');
    const fixed = referenceVariants('2.0.1', 'CS').find((v) => v.name === 'a permanently attached cable');
    expect(fixed?.ics.features).to.include('HFS-2').and.not.include('HFS-1');
    // No station-side cable lock either (AQ-18): HFS-1 and AQ-18 out, HFS-2 in.
    expect(fixed?.ics.features).to.not.include('AQ-18');
    expect(fixed?.ics.features?.length).to.equal((base.features?.length ?? 0) - 1);
    expect(referenceVariants('2.0.1', 'CS').find((v) => v.name === 'two EVSEs')?.ics).to.deep.equal({ evses: [{ id: 1, connectors: 1 }, { id: 2, connectors: 1 }] });
  });
});
