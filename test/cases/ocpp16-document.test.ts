/**
 * OCTT 1.6 document checks the conformance matrix cannot express: a reference behaving in a way the
 * document allows (or that is not the case's business) must PASS, and the catalogue carries the
 * document's ids only.
 */
import { expect } from 'chai';
import { loadCatalogue } from '../../src/engine/catalogue.js';
import { REFERENCE_CERTS_DIR, runAgainstReference } from '../../src/session/reference.js';
import { ensurePki } from '../../src/pki/store.js';

describe('OCPP 1.6 cases follow the OCTT 1.6 document', function () {
  this.timeout(120_000);
  before(() => ensurePki(REFERENCE_CERTS_DIR));

  it('has no charge point case id the document does not have (TC_007_CS, TC_061_CS, TC_023_CS are single cases)', async () => {
    const ids = (await loadCatalogue()).cases.filter((c) => c.version === '1.6').map((c) => c.id);
    expect(ids).to.include.members(['TC_007_CS', 'TC_061_CS', 'TC_023_CS']);
    expect(ids.filter((id) => /^TC_(007|061|023)_\d_CS$/.test(id))).to.deep.equal([]);
  });

  it('TC_028_CSMS: a Central System that sends a transactionId the Charge Point does not know PASSes (§3.9.2 validates no field)', async () => {
    const [r] = await runAgainstReference({ version: '1.6', sut: 'CSMS', faults: ['request-stop-wrong-transaction'], ids: ['TC_028_CSMS'] });
    expect(r?.verdict, `${r?.reason ?? ''}`).to.equal('PASS');
  });
});
