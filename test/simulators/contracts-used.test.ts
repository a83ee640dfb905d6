/**
 * The reference station's customer data by customerCertificate (N09 / N10, TC_N_63_CS): the contract certificates that
 * authorized a session, found by the certificate's hash data as the CSMS gives it (hex in either case, leading zeros of
 * the serial aside; N10.FR.09: the hashAlgorithm it was used with) and forgotten on a clear.
 */
import path from 'node:path';
import { expect } from 'chai';
import { issueContractCertificate } from '../../src/pki/contract.js';
import { certificateHashData as hashDataOf } from '../../src/pki/hash-data.js';
import { ensurePki, type Pki } from '../../src/pki/store.js';
import { ContractsUsed } from '../../src/simulators/station/blocks/C-authorization/contracts-used.js';
import { tempDir } from '../pki/openssl.js';

/** The hash data as a plain payload (as a CustomerInformationRequest carries it). */
const certificateHashData = (...args: Parameters<typeof hashDataOf>): Record<string, unknown> => ({ ...hashDataOf(...args) });

describe('station: the contract certificates that authorized a session (customer data by customerCertificate)', function () {
  this.timeout(60_000);
  const tmp = tempDir('ocpph-contracts-');
  let pki: Pki;

  before(async () => {
    pki = await ensurePki(path.join(tmp.dir, 'certs'));
  });
  after(() => tmp.remove());

  it('finds a contract recorded from iso15118CertificateHashData by its hash data, and forgets it on a clear', async () => {
    const c = await issueContractCertificate(pki, 'http://127.0.0.1:4711/', 'NLTSTC00000042');
    const leaf = certificateHashData(c.certPem, c.issuerPem);
    const used = new ContractsUsed();
    used.record('NLTSTC00000042', { iso15118CertificateHashData: [{ ...leaf, responderURL: 'http://127.0.0.1:4711/' }] });
    const asked = { ...leaf, issuerNameHash: String(leaf.issuerNameHash).toUpperCase(), serialNumber: `00${String(leaf.serialNumber)}` };
    expect(used.matching(asked).map((x) => x.emaid)).to.deep.equal(['NLTSTC00000042']);
    expect(used.matching(certificateHashData(c.certPem, c.issuerPem, 'SHA384')), 'another hashAlgorithm').to.deep.equal([]);
    expect(used.matching(certificateHashData(c.issuerPem, pki.get('mo-root').certPem)), 'another certificate').to.deep.equal([]);
    expect(used.forget(asked)).to.have.length(1);
    expect(used.matching(leaf)).to.deep.equal([]);
  });

  it('records the leaf of a certificate chain (central validation, C07.FR.06) and nothing from a lone leaf', async () => {
    const c = await issueContractCertificate(pki, 'http://127.0.0.1:4711/', 'NLTSTC00000043');
    const used = new ContractsUsed();
    used.record('NLTSTC00000043', { certificate: c.chainPem });
    expect(used.matching(certificateHashData(c.certPem, c.issuerPem))).to.have.length(1);
    const alone = new ContractsUsed();
    alone.record('NLTSTC00000043', { certificate: c.certPem });
    expect(alone.matching(certificateHashData(c.certPem, c.issuerPem))).to.deep.equal([]);
  });
});
