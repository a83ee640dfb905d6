import { defineTestCase } from '../../kit.js';
import { label } from './steps.cs.js';
import { LIST_TYPES, baseReport, checkReported, listOf, requiredVariables } from './steps.reports.cs.js';

export const TC_B_53_CS = defineTestCase({
  id: 'TC_B_53_CS',
  title: 'Get Base Report - Test mandatory DM variables via FullInventory',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B07', 'B07.FR.08'],
  catches: ['report-missing-valueslist', 'report-discloses-writeonly', 'full-inventory-missing-hardware'],
  async run(ctx) {
    const { expect } = ctx;
    // 1-4. GetBaseReport FullInventory and its NotifyReport parts.
    const data = await baseReport(ctx, 'FullInventory');
    // Post scenario (errata 2025-04): required variables implemented; list types with a valuesList and a value from it;
    // WriteOnly values omitted, every other value present (EVSE.Power: only its maxLimit is required).
    checkReported(ctx, data, requiredVariables(ctx), 'B07.FR.08');
    for (const d of data) {
      const type = d.variableCharacteristics?.dataType ?? '';
      const allowed = listOf(d.variableCharacteristics?.valuesList);
      if (LIST_TYPES.includes(type)) expect(allowed, `B07.FR.08: valuesList of ${label(d)} (${type})`).to.have.length.above(0);
      for (const a of d.variableAttribute ?? []) {
        if (a.mutability === 'WriteOnly') {
          expect(a.value, `B07.FR.08: the value of WriteOnly ${label(d)} is omitted`).to.equal(undefined);
          continue;
        }
        if (d.component.name === 'EVSE' && d.variable.name === 'Power') {
          expect(d.variableCharacteristics?.maxLimit, `B07.FR.08: ${label(d)} maxLimit`).to.be.a('number');
          continue;
        }
        expect(a.value, `B07.FR.08: the value of ${label(d)}`).to.be.a('string');
        if (!LIST_TYPES.includes(type) || !a.value) continue;
        const members = type === 'OptionList' ? [a.value.trim()] : listOf(a.value);
        const outside = members.filter((m) => !allowed.includes(m));
        expect(outside, `B07.FR.08: values of ${label(d)} outside its valuesList`).to.deep.equal([]);
      }
    }
  },
});
