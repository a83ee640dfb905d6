import type { SutRole } from '../../domain/role.js';
import type { OfficialFeature } from '../types.js';
import { tableRows } from './part5-tables.js';

const PROFILES = /^(Core|Advanced Security|Local Authori[sz]ation List Management|Smart Charging|Advanced Device Management|Advanced User Interface|Reservation|ISO 15118 support)$/i;
const FEATURE_ID = /^[A-Z]{1,3}-\d+(\.\d+)?$/;

/** Part 5 sections holding feature tables, and the role each is for. */
const SECTIONS: Array<{ heading: RegExp; sut: SutRole; group?: string }> = [
  { heading: /^#?\s*3\.1\.\s/, sut: 'CS' },
  { heading: /^#?\s*3\.2\.\s/, sut: 'CSMS' },
  { heading: /^#?\s*6\.1\.\s/, sut: 'CS', group: 'Additional questions' },
  { heading: /^#?\s*6\.2\.\s/, sut: 'CSMS', group: 'Additional questions' },
  { heading: /^#?\s*7\.\s/, sut: 'CS', group: 'Hardware feature set' },
];

/** Feature changes of the errata sheet (chapter 5), as facts with the item that makes them. */
const ERRATA: Array<{ sut: SutRole; id: string; name?: string; renamedFrom?: string; removed?: true; group: string; item: string }> = [
  { sut: 'CS', id: 'AQ-10', name: 'Delta monitor on the WriteOnly SecurityCtrl.BasicAuthPassword', group: 'Additional questions', item: '5.5' },
  { sut: 'CS', id: 'ISO-3', removed: true, group: 'ISO 15118 support', item: '5.6' },
  { sut: 'CSMS', id: 'ISO-3', removed: true, group: 'ISO 15118 support', item: '5.6' },
  { sut: 'CS', id: 'AQ-11', name: 'Combined charging station certificate (OCPP and ISO 15118)', group: 'Additional questions', item: '5.6' },
  { sut: 'CS', id: 'C-61', name: 'Security Profile 1 (unsecured transport with basic authentication)', group: 'Core', item: '5.7' },
  { sut: 'CSMS', id: 'C-61', name: 'Security Profile 1 (unsecured transport with basic authentication)', group: 'Core', item: '5.7' },
  { sut: 'CS', id: 'R-1', name: 'Reservations of a connectorType', group: 'Reservation', item: '5.19' },
  { sut: 'CS', id: 'AQ-18', name: 'At least one connector with a mechanised locking mechanism on the station side', group: 'Additional questions', item: '5.2' },
  { sut: 'CSMS', id: 'AQ-13.1', name: 'Absolute values for TxDefaultProfile', group: 'Additional questions', item: '5.21, 5.22' },
  { sut: 'CSMS', id: 'AQ-13.2', name: 'Absolute values for ChargingStationMaxProfile', group: 'Additional questions', item: '5.21, 5.22' },
  { sut: 'CSMS', id: 'AQ-14.1', name: 'Recurring values for TxDefaultProfile', group: 'Additional questions', item: '5.21, 5.22' },
  { sut: 'CSMS', id: 'AQ-14.2', name: 'Recurring values for ChargingStationMaxProfile', group: 'Additional questions', item: '5.21, 5.22' },
  { sut: 'CSMS', id: 'AQ-17', renamedFrom: 'AQ-1', group: 'Additional questions', item: '5.22, 5.23' },
  { sut: 'CSMS', id: 'AQ-12', renamedFrom: 'AQ-2', group: 'Additional questions', item: '5.22' },
  { sut: 'CSMS', id: 'AQ-16', renamedFrom: 'AQ-6', group: 'Additional questions', item: '5.22' },
];

/** The optional features of OCPP 2.0.1 Part 5 (with the errata 2025-09) per role: id, short name, group. */
export function features201(part5: string): Record<SutRole, OfficialFeature[]> {
  const out: Record<SutRole, OfficialFeature[]> = { CS: [], CSMS: [] };
  let section: (typeof SECTIONS)[number] | undefined;
  for (const line of part5.split('\n')) {
    const s = SECTIONS.find((x) => x.heading.test(line));
    if (s) { section = s; continue; }
    if (/^#?\s*(4|5|8)\.\s/.test(line)) section = undefined;
    if (!section || !line.includes('<table')) continue;
    let group = section.group ?? 'Core';
    for (const cells of tableRows(line)) {
      const [id = '', name = ''] = cells;
      // A one-cell row heads a group; only profile names are kept (sub-headings do not say where they end).
      if (cells.length === 1 || (!FEATURE_ID.test(id) && cells.slice(1).every((c) => c === ''))) {
        if (PROFILES.test(id)) group = id;
        continue;
      }
      if (!FEATURE_ID.test(id) || out[section.sut].some((f) => f.id === id)) continue;
      out[section.sut].push({ id, name: name.replace(/\s*\(At least one.*$/i, ''), group });
    }
  }
  for (const e of ERRATA) {
    const list = out[e.sut];
    if (e.removed) { out[e.sut] = list.filter((f) => f.id !== e.id); continue; }
    const from = e.renamedFrom ? list.find((f) => f.id === e.renamedFrom) : undefined;
    if (from) { from.id = e.id; from.errata = `errata 2025-09 item ${e.item} (was ${e.renamedFrom})`; continue; }
    if (!list.some((f) => f.id === e.id)) list.push({ id: e.id, name: e.name ?? e.id, group: e.group, errata: `errata 2025-09 item ${e.item}` });
  }
  return out;
}
