/**
 * The reference station's view of the contract chain an EV presents (C07): the eMAID from the leaf, local validation
 * against installed roots (C07.FR.08 / the choice between hash data and the chain, C07.FR.02 / FR.06), and the OCSP
 * data it sends (one entry per certificate, the responder read from authorityInfoAccess).
 */
import path from 'node:path';
import { expect } from 'chai';
import { issueContractCertificate } from '../../src/pki/contract.js';
import { certificateHashData } from '../../src/pki/hash-data.js';
import { ensurePki, type Pki } from '../../src/pki/store.js';
import { anchorOf, ocspData, presentedContract } from '../../src/simulators/station/blocks/C-iso15118/contract-chain.js';
import { tempDir } from '../pki/openssl.js';

describe('station: the contract certificate chain of Plug & Charge', function () {
  this.timeout(60_000);
  const tmp = tempDir('ocpph-pnc-');
  let pki: Pki;
  const url = 'http://127.0.0.1:4711/';

  before(async () => {
    pki = await ensurePki(path.join(tmp.dir, 'certs'));
  });
  after(() => tmp.remove());

  it('reads the eMAID from the leaf and validates the chain only up to the MO root that issued it', async () => {
    const c = await issueContractCertificate(pki, url, 'NLTSTC12345678');
    const presented = presentedContract(c.chainPem);
    expect(presented?.emaid).to.equal('NLTSTC12345678');
    expect(presented?.chain).to.have.length(2);
    const moRoot = pki.get('mo-root').certPem;
    expect(anchorOf(presented!, [pki.get('v2g-root').certPem, moRoot])).to.equal(moRoot);
    expect(anchorOf(presented!, [pki.get('v2g-root').certPem])).to.equal(undefined);
    expect(anchorOf(presented!, [])).to.equal(undefined);
    // A chain missing its sub-CA does not reach the root.
    expect(anchorOf(presentedContract(c.certPem)!, [moRoot])).to.equal(undefined);
  });

  it('gives the OCSP data of each certificate with the responder of its authorityInfoAccess', async () => {
    const c = await issueContractCertificate(pki, url);
    const presented = presentedContract(c.chainPem)!;
    const moRoot = pki.get('mo-root').certPem;
    const data = ocspData(presented, moRoot);
    expect(data).to.have.length(2);
    expect(data[0]).to.deep.equal({ ...certificateHashData(c.certPem, c.issuerPem), responderURL: url });
    expect(data[1]?.serialNumber).to.equal(certificateHashData(c.issuerPem, moRoot).serialNumber);
  });

  it('refuses a parameter without a certificate', () => {
    expect(presentedContract('not a certificate')).to.equal(undefined);
  });
});
