import { expect } from 'chai';
import { csvField, renderCsv } from '../../src/report/csv.js';
import { buildResultsFromEvents } from '../../src/report/results.js';
import { FAIL_REASON, fakeRunEvents, runOnly } from './fake-run.js';

/** RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('report/csv', () => {
  const text = renderCsv(runOnly(buildResultsFromEvents(fakeRunEvents())));
  const rows = parseCsv(text.replace(/^\ufeff/, ''));

  it('has a BOM, a header and one row per case and profile', () => {
    expect(text.startsWith('\ufeffcase,title,profile,M/C,condition,verdict,reason,requirement\r\n')).to.equal(true);
    expect(rows).to.have.length(1 + 8);
    expect(rows.every((r) => r.length === 8)).to.equal(true);
  });

  it('says mandatory or conditional (with the condition), the verdict and the reason', () => {
    const byKey = new Map(rows.slice(1).map((r) => [`${r[0]}/${r[2]}`, r]));
    expect(byKey.get('TC_B_01_CS/Core')).to.deep.equal(['TC_B_01_CS', 'Cold boot charging station', 'Core', 'M', '', 'PASS', '', '']);
    expect(byKey.get('TC_K_02_CS/Core')!.slice(3, 6)).to.deep.equal(['C', 'C-15 supports smart charging', 'PASS']);
    expect(byKey.get('TC_K_02_CS/Smart Charging')!.slice(3, 6)).to.deep.equal(['M', '', 'PASS']);
    expect(byKey.get('TC_B_02_CS/Core')!.slice(5)).to.deep.equal(['FAIL', FAIL_REASON, 'B01.FR.05']);
    expect(byKey.get('TC_E_03_CS/Core')![6]).to.equal('operator skipped "plug in the cable"');
  });

  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).to.equal('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).to.equal("'+1");
    expect(csvField('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvField('plain')).to.equal('plain');
  });
});
