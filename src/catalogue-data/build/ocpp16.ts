import { caseKey } from '../../domain/case-id.js';
import type { OfficialCase, OfficialCatalogue, ResolvedDisagreement } from '../types.js';
import { parseCsv, parseProfileColumn } from './csv.js';

export interface Sources16 {
  /** The OCTT 1.6 test case document (FINAL 2024-04), as text. */
  document: string;
  /** ../shared/catalogue/ocpp16.csv */
  csv: string;
}

const DOC = 'OCTT 1.6 test case document FINAL 2024-04';

/**
 * The document has no profile table; its chapters follow the 1.6 feature profiles. The security
 * whitepaper cases keep the name the harness gives them.
 */
function profileOfChapter(title: string): string | undefined {
  if (/Reusable states|Memory states/i.test(title)) return undefined;
  if (/Local Authori[sz]ation List/i.test(title)) return 'Local Auth List Management';
  if (/Firmware ?Management|Diagnostics/i.test(title)) return 'Firmware Management';
  if (/Reservation/i.test(title)) return 'Reservation';
  if (/Remote ?Trigger/i.test(title)) return 'Remote Trigger';
  if (/Smart ?Charging/i.test(title)) return 'Smart Charging';
  if (/Security/i.test(title)) return 'Security (1.6 security whitepaper)';
  return 'Core';
}

export function build16(src: Sources16): OfficialCatalogue {
  const lines = src.document.split('\n');
  const cases: OfficialCase[] = [];
  let chapter: string | undefined;
  let name: string[] | undefined;
  for (const line of lines) {
    const heading = /^\s*([23])\.(\d+)\.\s+(\S.*?)\s*$/.exec(line);
    if (heading && !/\.\s\.\s\./.test(line)) chapter = heading[3];
    const nameLine = /^Test case name\s{2,}(.*)$/.exec(line);
    if (nameLine) { name = [nameLine[1]!.trim()]; continue; }
    const idLine = /^Test case Id\s{2,}(TC_\S+)/.exec(line);
    if (idLine && name && chapter) {
      const id = idLine[1]!;
      const profile = profileOfChapter(chapter);
      if (profile) cases.push({ id, title: name.join(' ').replace(/\s+/g, ' ').replace(/[–—]/g, '-'), sut: id.endsWith('_CSMS') ? 'CSMS' : 'CS', profiles: [{ profile, mandatory: true }] });
      name = undefined;
      continue;
    }
    if (name && /^\s{15,}\S/.test(line)) name.push(line.trim());
  }

  const resolved: ResolvedDisagreement[] = [];
  const ours = new Map(cases.map((c) => [c.id, c]));
  for (const r of parseCsv(src.csv)) {
    const id = r.test_id!;
    const c = ours.get(id);
    if (!c) {
      resolved.push({ key: caseKey('1.6', id), field: 'id', other: `listed by shared/catalogue/ocpp16.csv (${r.title})`, chosen: '(not a case)', source: `${DOC}: it has no case with this id` });
      continue;
    }
    const theirs = parseProfileColumn(r.profile ?? '').map((p) => p.profile).join('; ');
    if (theirs !== c.profiles.map((p) => p.profile).join('; ')) {
      resolved.push({ key: caseKey('1.6', id), field: 'profiles', other: theirs, chosen: c.profiles.map((p) => p.profile).join('; '), source: `${DOC}: the chapter the case is in` });
    }
  }
  return {
    version: '1.6',
    sources: [`${DOC}: ids, names and chapters`],
    notes: [
      'The 1.6 document does not say which cases certification requires; each case belongs, as mandatory, to the feature profile of its chapter (Diagnostics with Firmware Management, DataTransfer with Core, as in OCPP 1.6).',
      'Where shared/catalogue/ocpp16.csv lists other ids (variants such as TC_007_1_CS), the document wins.',
    ],
    resolved,
    cases,
  };
}
