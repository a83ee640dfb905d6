/**
 * The catalogue layout (REDESIGN 4.2): testcases/<version>/<Block>/<id>.ts, one case per file,
 * checked when the catalogue loads; (version, id) is a case's identity.
 */
import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../../src/engine/catalogue.js';
import { select } from '../../src/engine/plan.js';
import { caseKey, parseCaseId } from '../../src/domain/case-id.js';
import { HarnessError } from '../../src/errors.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));

async function loadError(dir: string): Promise<HarnessError> {
  try {
    await loadCatalogue(dir);
  } catch (e) {
    if (e instanceof HarnessError) return e;
    throw e;
  }
  throw new Error(`${dir} loaded without complaint`);
}

describe('catalogue layout and identity', () => {
  it('parses official ids and keys a case by version and id', () => {
    expect(parseCaseId('TC_B_01_CS')).to.deep.equal({ block: 'B', number: 1, sut: 'CS' });
    expect(parseCaseId('TC_004_1_CSMS')).to.deep.equal({ number: 4, variant: 1, sut: 'CSMS' });
    expect(parseCaseId('TC_B_01')).to.equal(undefined);
    expect(caseKey('2.1', 'TC_B_01_CS')).to.equal('2.1/TC_B_01_CS');
  });

  it('loads a 2.1 case beside its 2.0.1 twin; --case takes a bare id or version/id', async () => {
    const { cases } = await loadCatalogue(fixture('catalogue-twins'));
    expect(cases.map((c) => caseKey(c.version, c.id))).to.deep.equal(['2.0.1/TC_B_01_CS', '2.1/TC_B_01_CS']);
    const [v201, v21] = cases;
    expect(v21!.definition.run).to.equal(v201!.definition.run);
    expect(v21!.covers).to.deep.equal(['B01.FR.01']);
    expect(select(cases, { ids: ['2.1/TC_B_01_CS'] }).map((c) => c.version)).to.deep.equal(['2.1']);
    expect(select(cases, { version: '2.0.1', ids: ['TC_B_01_CS'] }).map((c) => c.version)).to.deep.equal(['2.0.1']);
    expect(select(cases, { ids: ['2.0.1/TC_B_*'] }).map((c) => c.version)).to.deep.equal(['2.0.1']);
  });

  const broken: Array<[string, RegExp]> = [
    ['misnamed', /TC_B_02_CS\.js: the file name says TC_B_02_CS but the case is TC_B_01_CS/],
    ['helper-case', /steps\.cs\.js: helper modules .* export no case; found TC_B_01_CS/],
    ['wrong-block', /E-transactions\/TC_B_01_CS\.js: case TC_B_01_CS belongs in a folder of block B/],
    ['two-cases', /exports exactly one case; found 2/],
    ['wrong-version', /says version 2\.0\.1 but sits in ocpp21\//],
  ];
  for (const [name, message] of broken) {
    it(`refuses a catalogue that breaks the layout: ${name}, naming the file`, async () => {
      const err = await loadError(fixture(`catalogue-bad/${name}`));
      expect(err.code).to.equal('OCPPH_ERR_CATALOGUE');
      expect(err.message).to.match(message);
    });
  }

  it('the shipped catalogue: every case in the folder of its block, 1.6 blocks named after the OCTT 1.6 document sections', async () => {
    const { cases } = await loadCatalogue();
    for (const c of cases.filter((x) => x.version !== '1.6')) expect(c.block, c.id).to.equal(parseCaseId(c.id)?.block);
    const blocks16 = new Set(cases.filter((c) => c.version === '1.6').map((c) => c.block));
    expect([...blocks16]).to.not.include('core');
    expect(blocks16).to.include('cold-boot');
    expect(cases.find((c) => c.id === 'TC_001_CS')?.block).to.equal('cold-boot');
  });
});
