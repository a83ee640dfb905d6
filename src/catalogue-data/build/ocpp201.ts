import type { SutRole } from '../../domain/role.js';
import { caseKey } from '../../domain/case-id.js';
import type { OfficialCase, OfficialCatalogue, OfficialMembership, ResolvedDisagreement } from '../types.js';
import { featureIds, normaliseCondition, parses } from './conditions.js';
import { parseCsv, parseProfileColumn } from './csv.js';
import { errataPart5Rows, part5Rows, type Part5Row } from './part5-tables.js';
import { features201 } from './features-201.js';

export interface Sources201 {
  part5: string;
  errata: string;
  /** ../shared/catalogue/ocpp201.csv: the Part 6 case list with titles. */
  csv: string;
  /** Part 6 itself, for cases the facts table missed. */
  part6: string;
}

/** Part 6 cases as its table captions name them ("Table 87. Test Case Id: TC_C_58_CS"), with the name in the table below. */
export function part6Cases(markdown: string): Array<{ id: string; title: string; table: string }> {
  const out: Array<{ id: string; title: string; table: string }> = [];
  for (const m of markdown.matchAll(/^Table (\d+)\. Test Case Id: (TC_\S+)\s*\n+<table><tr><td>Test case name<\/td><td[^>]*>([^<]*)</gm)) {
    // The conversion reads block O as a zero in some captions.
    out.push({ table: m[1]!, id: m[2]!.replace(/^TC_0_/, 'TC_O_'), title: m[3]!.trim() });
  }
  return out;
}

const PART5 = 'OCPP 2.0.1 edition 3 Part 5 (certification profiles)';
const ERRATA = 'OCPP 2.0.1 edition 3 errata 2025-09';

/**
 * Conditions whose cell in Part 5 does not parse as written (a stray parenthesis), with the reading
 * the data holds. Each is listed in `resolved`.
 */
const CONDITION_FIXES: Record<string, { cell: string; fixed: string }> = {
  TC_E_20_CS: {
    cell: '(C-10.1 AND (NOT (NOT C-52 AND (C-10.3 or C-10.4)))) AND NOT (NOT C.06.1 AND NOT C-52 AND C-10.2)) AND (AQ-9 OR Product Subtype "Mode 1/2-only Charging Station")',
    fixed: '(C-10.1 AND (NOT (NOT C-52 AND (C-10.3 or C-10.4)))) AND NOT (NOT C-06.1 AND NOT C-52 AND C-10.2) AND (AQ-9 OR Product Subtype "Mode 1/2-only Charging Station")',
  },
};

/** Splits a feature cell that states one condition per side ("CSMS: C-16 Charging Station: ..."). */
function sideCondition(row: Part5Row, side: SutRole): string {
  if (/^See column 3\/4$/i.test(row.featureNo)) return side === 'CS' ? row.cs : row.csms;
  const split = /^(?:For )?CSMS:\s*(.*?),?\s*(?:For )?(?:Charging Station|CS):\s*(.*)$/i.exec(row.featureNo);
  if (split) return side === 'CSMS' ? split[1]! : split[2]!;
  return row.featureNo;
}

function membership(row: Part5Row, side: SutRole, profile: string, id: string, resolved: ResolvedDisagreement[]): OfficialMembership | undefined {
  const cell = side === 'CS' ? row.cs : row.csms;
  if (!cell) return undefined;
  if (cell === 'M') return { profile, mandatory: true };
  const raw = sideCondition(row, side);
  const fix = CONDITION_FIXES[id];
  let condition = normaliseCondition(raw);
  if (fix && fix.cell === raw) {
    condition = fix.fixed;
    resolved.push({ key: caseKey('2.0.1', id), field: 'condition', other: raw, chosen: fix.fixed, source: `${PART5}: the cell has one ')' too many after C-10.2 and writes C.06.1 for C-06.1` });
  }
  if (!condition || /Removed/i.test(condition)) return { profile, mandatory: false };
  if (!parses(condition)) throw new Error(`${id}: Part 5 condition '${raw}' does not parse (normalised: '${condition}')`);
  return { profile, mandatory: false, condition };
}

/** TC_B_58_CSMS: errata 5.10 adds it in prose, not in a table. */
const ADDED_IN_PROSE: Array<{ id: string; title: string; profile: string; item: string }> = [
  { id: 'TC_B_58_CSMS', title: 'WebSocket Subprotocol validation', profile: 'Core', item: '5.10' },
];

export function build201(src: Sources201): OfficialCatalogue {
  const resolved: ResolvedDisagreement[] = [];
  const csv = parseCsv(src.csv);
  const cases = new Map<string, OfficialCase>();
  for (const r of csv) {
    if (cases.has(r.test_id!)) {
      resolved.push({ key: caseKey('2.0.1', r.test_id!), field: 'id', other: `listed twice by shared/catalogue/ocpp201.csv (second: ${r.title})`, chosen: 'the first row', source: 'OCPP 2.0.1 edition 3 Part 6: the second case is TC_C_58_CS (table 87 caption; Part 5 lists TC_C_58)' });
      continue;
    }
    cases.set(r.test_id!, { id: r.test_id!, title: r.title!, sut: r.sut_role === 'CSMS' ? 'CSMS' : 'CS', profiles: [] });
  }
  for (const p of part6Cases(src.part6)) {
    if (cases.has(p.id)) continue;
    cases.set(p.id, { id: p.id, title: p.title, sut: p.id.endsWith('_CSMS') ? 'CSMS' : 'CS', profiles: [] });
    resolved.push({ key: caseKey('2.0.1', p.id), field: 'id', other: 'missing from shared/catalogue/ocpp201.csv', chosen: 'a case', source: `OCPP 2.0.1 edition 3 Part 6, table ${p.table}` });
  }

  for (const row of part5Rows(src.part5)) {
    for (const side of ['CS', 'CSMS'] as const) {
      const id = `${row.id}_${side}`;
      const m = membership(row, side, row.section, id, resolved);
      if (!m) continue;
      const c = cases.get(id);
      if (!c) {
        resolved.push({ key: caseKey('2.0.1', id), field: 'id', other: `${PART5} lists it (${row.section}, ${m.mandatory ? 'M' : 'C'})`, chosen: '(not a case)', source: 'OCPP 2.0.1 edition 3 Part 6 has no case with this id' });
        continue;
      }
      if (!c.profiles.some((p) => p.profile === m.profile)) c.profiles.push(m);
    }
  }

  // The Markdown of Part 5 lost some rows (most of the Advanced User Interface table): for a case it
  // lists nowhere, follow the facts table, which was read from the Part 5 PDF.
  const csvById = new Map(csv.map((r) => [r.test_id!, r]));
  for (const c of cases.values()) {
    if (c.profiles.length) continue;
    for (const p of parseProfileColumn(csvById.get(c.id)?.profile ?? '')) {
      const features = [...new Set(p.features)];
      c.profiles.push(p.mandatory ? { profile: p.profile, mandatory: true }
        : features.length === 1 ? { profile: p.profile, mandatory: false, condition: features[0]! }
          : { profile: p.profile, mandatory: false, conditionFeatures: features });
    }
    if (c.profiles.length) {
      resolved.push({ key: caseKey('2.0.1', c.id), field: 'profiles', other: 'no row in the Markdown conversion of Part 5', chosen: describe(c.profiles), source: 'shared/catalogue/ocpp201.csv, read from the Part 5 PDF (a conversion gap, not a disagreement of the documents)' });
    }
  }

  for (const row of errataPart5Rows(src.errata)) {
    if (row.marker === 'Old') continue;
    const source = `${ERRATA} item ${row.section}`;
    for (const side of ['CS', 'CSMS'] as const) {
      const cell = side === 'CS' ? row.cs : row.csms;
      if (!cell) continue;
      const id = `${row.id}_${side}`;
      const c = cases.get(id);
      if (!c) throw new Error(`${id}: changed by ${source} but not in the Part 6 case list`);
      if (row.marker === 'Removed') { c.removed = source; continue; }
      if (row.marker.startsWith('Added to')) {
        const profile = row.marker.replace(/^Added to\s*/, '');
        const m = membership(row, side, profile, id, resolved);
        if (m && !c.profiles.some((p) => p.profile === profile)) c.profiles.push(m);
        continue;
      }
      for (const [i, p] of c.profiles.entries()) {
        const m = membership(row, side, p.profile, id, resolved);
        if (m) c.profiles[i] = m;
      }
    }
  }
  for (const a of ADDED_IN_PROSE) {
    cases.set(a.id, { id: a.id, title: a.title, sut: a.id.endsWith('_CSMS') ? 'CSMS' : 'CS', profiles: [{ profile: a.profile, mandatory: true }], added: `${ERRATA} item ${a.item}` });
  }

  // Where the facts table's profile column says otherwise, Part 5 (with the errata) wins: name each.
  for (const c of cases.values()) {
    const r = csvById.get(c.id) ?? { profile: '' };
    const theirs = parseProfileColumn(r.profile ?? '').map((p) => `${p.profile} (${p.mandatory ? 'M' : `C: ${[...new Set(p.features)].sort().join(' ')}`})`).sort().join('; ');
    const ours = c.profiles.map((p) => `${p.profile} (${p.mandatory ? 'M' : `C: ${(p.conditionFeatures ?? featureIds(p.condition ?? '')).slice().sort().join(' ')}`})`).sort().join('; ');
    if (normaliseFeatures(theirs) !== normaliseFeatures(ours)) {
      resolved.push({ key: caseKey('2.0.1', c.id), field: 'profiles', other: theirs || '(none)', chosen: ours || '(none)', source: `${PART5} table of ${c.profiles[0]?.profile ?? 'no profile'}${c.removed || c.added ? `, ${ERRATA}` : ''}; shared/catalogue/ocpp201.csv flattened or missed it` });
    }
  }

  return {
    version: '2.0.1',
    sources: [
      'OCPP 2.0.1 edition 3 Part 6 (test cases): the case list and titles, via shared/catalogue/ocpp201.csv',
      `${PART5}: profile membership, M/C and conditions (chapter 4)`,
      `${ERRATA}: Part 5 changes (chapter 5) and the removed / added cases`,
    ],
    notes: [
      'Conditions are the Part 5 "Feature no." column, normalised for evaluation: ranges such as C-30 - C-35 are spelt out as or-lists and ids missing their prefix (C35, C.06.1, 10.1) are completed.',
      'A "Condition / remark" of <Removed> in the errata (item 5.11) turns a mandatory case unconditional; it keeps M.',
      'Errata item 5.2 (2025-09) says many conditions were updated for wireless and non-locking stations and separate stop authorization (C-70..C-75) without listing them: those updates are not in this data.',
      'Cases listed in Part 6 but for no profile on their side in Part 5 have no profiles: they are in no certification profile.',
    ],
    resolved,
    features: features201(src.part5),
    cases: [...cases.values()],
  };
}

function describe(profiles: OfficialMembership[]): string {
  return profiles.map((p) => `${p.profile} (${p.mandatory ? 'M' : `C: ${p.condition ?? (p.conditionFeatures ?? []).join(' / ')}`})`).join('; ');
}

function normaliseFeatures(text: string): string {
  return text.replace(/\bISO 15118 Support\b/gi, 'ISO 15118 Support').replace(/\s+/g, ' ');
}
