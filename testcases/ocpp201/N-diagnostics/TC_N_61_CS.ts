import { CaseInconclusive, defineTestCase, type CaseContext } from '../../kit.js';
import { readVariable } from '../_shared/charging-session.cs.js';
import { booted } from '../_shared/states.cs.js';
import { cv, delta, monitorCase, monitorsPresent, severity } from './steps.cs.js';
import { watchAlert } from './steps.alert.cs.js';

const OFFLINE_THRESHOLD = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' } };

/** Steps 1-3 / 4-6: SetVariables OfflineThreshold = `value`: Accepted or RebootRequired (validated), then Booted on RebootRequired. */
async function setThreshold(ctx: CaseContext<'2.0.1', 'CS'>, value: number, step: string): Promise<void> {
  const res = await ctx.sut.call('SetVariables', { setVariableData: [{ ...OFFLINE_THRESHOLD, attributeValue: String(value) }] }, { requirement: 'B05.FR.01' });
  const status = res.setVariableResult?.[0]?.attributeStatus;
  ctx.expect(status, `B05.FR.01: SetVariablesResponse attributeStatus (step ${step})`).to.be.oneOf(['Accepted', 'RebootRequired']);
  if (status === 'RebootRequired') await booted(ctx);
}

export const TC_N_61_CS = defineTestCase({
  id: 'TC_N_61_CS',
  title: 'Alert Event - Variable monitoring on numeric',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N07', 'N07.FR.18'],
  catches: ['delta-monitor-fires-at-value'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const before = Number(await readVariable(ctx, { component: 'OCPPCommCtrlr', variable: 'OfflineThreshold' }));
    if (!Number.isInteger(before)) throw new CaseInconclusive('the station reports no numeric OCPPCommCtrlr.OfflineThreshold, which the case changes');
    try {
      await monitorCase(ctx, async () => {
        // Memory State: a Delta monitor (value 1) on OCPPCommCtrlr.OfflineThreshold, set here, not graded.
        const [id] = await monitorsPresent(ctx, [delta(ctx, cv('OCPPCommCtrlr', 'OfflineThreshold'), severity(ctx), 1)]);
        // 1-3. OfflineThreshold + 1: a change of the monitor's value, not more (Note: no NotifyEvent is expected).
        const alert = watchAlert(ctx, id!, '(Delta on OCPPCommCtrlr.OfflineThreshold)', 'N07.FR.18');
        await setThreshold(ctx, before + 1, '2');
        // 4-6. OfflineThreshold + 2: now changed more than the value. 7-8. NotifyEventRequest: actualValue the new value (validated).
        await setThreshold(ctx, before + 2, '5');
        const { data: e } = await alert.event;
        expect(e.actualValue, 'N07.FR.18: eventData actualValue (OfflineThreshold + 2)').to.equal(String(before + 2));
      });
    } finally {
      // Not graded: OfflineThreshold as before (its monitor is cleared already).
      if (sut.isConnected()) await sut.callRaw('SetVariables', { setVariableData: [{ ...OFFLINE_THRESHOLD, attributeValue: String(before) }] }).catch(() => undefined);
    }
  },
});
