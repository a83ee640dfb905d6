import { expect } from 'chai';
import { Cleanup } from '../helpers/wait.js';
import { MiniCsms, bootAccepted, stationFor } from './station-fixture.test.js';

/**
 * The reference station's mock ISO 15118 EV gives its first charging needs only when asked (evHoldChargingNeeds, then
 * evChargingNeeds: TC_K_54/56_CS); an EV plugged in as usual charges at once and sends none (every other case).
 */
describe('reference station: the ISO 15118 EV gives its charging needs only when asked (K15)', function () {
  this.timeout(15_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  async function authorizedWithEv(faults: string[], hold: boolean) {
    const csms = cleanup.add(await MiniCsms.start('2.0.1'), (c) => c.close());
    const { station } = stationFor(csms, cleanup, { faults });
    await bootAccepted(csms, station, 1);
    expect((await station.perform('plugIn', { evseId: 1, connectorId: 1 })).status).to.equal('done');
    await csms.waitCall('TransactionEvent', { filter: (p) => p.triggerReason === 'CablePluggedIn' });
    if (hold) expect((await station.perform('evHoldChargingNeeds', { evseId: 1 })).status).to.equal('done');
    await station.perform('presentIdToken', { idToken: 'VALID0001', type: 'ISO14443', evseId: 1 });
    await csms.waitCall('TransactionEvent', { filter: (p) => p.triggerReason === 'Authorized' });
    return { csms, station };
  }
  const charging = (p: Record<string, unknown>) => (p.transactionInfo as { chargingState?: string } | undefined)?.chargingState === 'Charging';

  it('an EV plugged in as usual charges at once and sends no NotifyEVChargingNeedsRequest', async () => {
    const { csms } = await authorizedWithEv([], false);
    await csms.waitCall('TransactionEvent', { filter: charging });
    await csms.expectNone('NotifyEVChargingNeeds', 400);
  });

  it('a held EV draws no energy until evChargingNeeds; answered Rejected it charges on the station\'s schedule (K15.FR.04)', async () => {
    const { csms, station } = await authorizedWithEv([], true);
    await csms.expectNone('TransactionEvent', 400, charging);
    csms.respond('NotifyEVChargingNeeds', () => ({ status: 'Rejected' }));
    expect((await station.perform('evChargingNeeds', { evseId: 1 })).status).to.equal('done');
    const needs = await csms.waitCall('NotifyEVChargingNeeds');
    expect(needs.payload.evseId).to.equal(1);
    const tx = await csms.waitCall('TransactionEvent', { filter: charging });
    expect(tx.payload.triggerReason).to.equal('ChargingStateChanged');
    const schedule = await csms.waitCall('NotifyEVChargingSchedule');
    expect(schedule.payload.evseId).to.equal(1);
  });

  it('fault iso-ev-rejected-needs-no-energy: answered Rejected, the EV never charges', async () => {
    const { csms, station } = await authorizedWithEv(['iso-ev-rejected-needs-no-energy'], true);
    csms.respond('NotifyEVChargingNeeds', () => ({ status: 'Rejected' }));
    await station.perform('evChargingNeeds', { evseId: 1 });
    await csms.waitCall('NotifyEVChargingNeeds');
    await csms.expectNone('TransactionEvent', 500, charging);
  });
});
