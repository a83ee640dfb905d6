/**
 * TC_B_45/46/47/49/50_CS, errata 2025-09 6.2.17: step 1 writes <Configured configurationSlot> or
 * <Configured configurationSlot2>, whichever ActiveNetworkProfile says is not in use, and step 3 sets
 * NetworkConfigurationPriority to "<that slot>,<the other configured slot>" (before: slots 1 and 2, fixed).
 */
import { expect } from 'chai';
import { migrate, slots } from '../../testcases/ocpp201/B-provisioning/steps.cs.js';

type Ctx = Parameters<typeof slots>[0];

/** A station whose ActiveNetworkProfile is `active`, recording what the case sends. */
function station(active: string, configured: Record<string, unknown>): { ctx: Ctx; sent: Array<{ action: string; payload: Record<string, unknown> }> } {
  const sent: Array<{ action: string; payload: Record<string, unknown> }> = [];
  const answers: Record<string, unknown> = {
    GetVariables: { getVariableResult: [{ attributeStatus: 'Accepted', attributeValue: active }] },
    SetNetworkProfile: { status: 'Accepted' },
    SetVariables: { setVariableResult: [{ attributeStatus: 'RebootRequired' }] },
    Reset: { status: 'Accepted' },
  };
  const call = (action: string, payload: Record<string, unknown>) => {
    sent.push({ action, payload });
    return Promise.resolve(answers[action]);
  };
  const expectation = () => ({ to: { equal: () => undefined, be: { oneOf: () => undefined } } });
  const ctx = { settings: { configured }, ics: { sut: 'CS', securityProfile: 1 }, sut: { call }, expect: expectation } as unknown as Ctx;
  return { ctx, sent };
}

describe('TC_B_45..50_CS network profile slots (errata 2025-09 6.2.17)', () => {
  it('writes the configured slot not in use and puts the other configured slot second', async () => {
    const { ctx, sent } = station('6', { configurationSlot: 5, configurationSlot2: 6 });
    const slot = await slots(ctx);
    expect(slot).to.deep.equal({ active: 6, other: 5, fallback: 6 });
    await migrate(ctx, 'ws://127.0.0.1:1/ocpp-alt', slot);
    expect(sent.find((s) => s.action === 'SetNetworkProfile')?.payload.configurationSlot).to.equal(5);
    const priority = sent.find((s) => s.action === 'SetVariables')?.payload.setVariableData as Array<{ attributeValue: string }>;
    expect(priority[0]?.attributeValue).to.equal('5,6');
  });

  it('with the first configured slot active, writes the second (the defaults are 1 and 2)', async () => {
    const { ctx } = station('1', {});
    expect(await slots(ctx)).to.deep.equal({ active: 1, other: 2, fallback: 1 });
  });
});
