import { defineTestCase, advisory } from '../../kit.js';
import { configuredOfflineThreshold, OFFLINE_THRESHOLD, configure, currentValues, cv, label, sameVariable, setVariables, type ComponentVariable } from './steps.cs.js';

export const TC_B_11_CS = defineTestCase({
  id: 'TC_B_11_CS',
  title: 'Set Variables - invalidly formatted values',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B05', 'B05.FR.07'],
  catches: ['setvariables-no-format-check'],
  async run(ctx) {
    const { expect } = ctx;
    const now = new Date().toISOString();
    // The values of the note, and which data types take each as well formed.
    const values: Array<[string, (dataType: string) => boolean]> = [
      [configuredOfflineThreshold(ctx), (t) => t === 'integer' || t === 'decimal'],
      [`${configuredOfflineThreshold(ctx)}.1`, (t) => t === 'decimal'],
      ['true', (t) => t === 'boolean'],
      [now, (t) => t === 'dateTime'],
      ['abc', () => false],
    ];
    const targets: Array<[ComponentVariable, string]> = [
      [OFFLINE_THRESHOLD, 'integer'],
      [cv('SmartChargingCtrlr', 'LimitChangeSignificance'), 'decimal'],
      [cv('AuthCtrlr', 'AuthorizeRemoteStart'), 'boolean'],
      [cv('ClockCtrlr', 'NextTimeOffsetTransitionDateTime'), 'dateTime'],
    ];
    // Steps 3-8 only for the component/variables the station has (and can write): what they hold now, to put back.
    const before = await currentValues(ctx, targets.map(([v]) => v));
    const writable: Array<[ComponentVariable, string]> = [];
    for (const [v, dataType] of targets) {
      const current = before.find(([b]) => sameVariable(b, v));
      if (!current) continue;
      const probe = await setVariables(ctx, [{ ...v, attributeValue: current[1] }]);
      if (probe[0]?.attributeStatus === 'Accepted') writable.push([v, dataType]);
      else ctx.log(`${label(v)} is not writable: steps for it are left out`);
    }
    // Steps 1-8, repeated for every value.
    for (const [value, wellFormed] of values) {
      for (const [v, dataType] of writable) {
        const [r] = await setVariables(ctx, [{ ...v, attributeValue: value }]);
        // Part 6: "If value not supported: Rejected; if supported: Accepted". A well-formed value the station does
        // not support (e.g. out of its range) may be Rejected; an ill-formed one is never supported.
        const allowed = wellFormed(dataType) ? ['Accepted', 'Rejected'] : ['Rejected'];
        expect(r?.attributeStatus, `B05.FR.07: ${label(v)} (${dataType}) = "${value}"`).to.be.oneOf(allowed);
        expect(r?.attributeType ?? 'Actual', 'B05.FR.12: attributeType').to.equal('Actual');
        const reason = (r?.attributeStatusInfo as { reasonCode?: string } | undefined)?.reasonCode;
        // "attributeStatusInfo is absent or reasonCode = InvalidValue (not required)": not a tool validation.
        if (r?.attributeStatus === 'Rejected' && reason !== undefined && reason !== 'InvalidValue') {
          advisory(ctx, `${label(v)} = "${value}" Rejected with reasonCode ${reason}, Part 6 suggests InvalidValue`, 'B05.FR.07');
        }
      }
    }
    await configure(ctx, before.filter(([b]) => writable.some(([w]) => sameVariable(w, b))));
  },
});
