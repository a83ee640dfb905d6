import { expect } from 'chai';
import type { Payload } from '../../src/rpc/codec.js';
import { stationBehaviour } from '../../src/simulators/personalities.js';
import { Cleanup } from '../helpers/wait.js';
import { MiniCsms, bootAccepted, stationFor } from './station-fixture.test.js';

/**
 * Reservations without evseId (2.0.1 H01 S1/S3, R-1 / R-2) on a two-EVSE reference station: the default
 * shows each one Reserved at once; quiet-reservations only once every available EVSE is reserved (H01.FR.20).
 */
describe('reference station: reservations of an unspecified EVSE (two EVSEs)', function () {
  this.timeout(15_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  const twoEvses = [{ id: 1, connectors: 1 }, { id: 2, connectors: 1 }];
  let nextId = 100;
  const reserve = async (csms: MiniCsms, idToken: string, fields: Payload = {}): Promise<unknown> => {
    const out = await csms.call('ReserveNow', {
      id: (nextId += 1), expiryDateTime: new Date(Date.now() + 600_000).toISOString(), idToken: { idToken, type: 'ISO14443' }, ...fields,
    });
    return out.kind === 'result' ? out.payload.status : out.kind;
  };
  const reservedReports = (csms: MiniCsms): Payload[] => csms.callsOf('StatusNotification').map((c) => c.payload).filter((p) => p.connectorStatus === 'Reserved');

  async function started(name: string, features: string[] | undefined, faults: string[] = []): Promise<MiniCsms> {
    const csms = cleanup.add(await MiniCsms.start('2.0.1'), (c) => c.close());
    const { station } = stationFor(csms, cleanup, { evses: twoEvses, behaviour: stationBehaviour(name), ...(features ? { features } : {}), faults });
    await bootAccepted(csms, station, 2);
    return csms;
  }

  it('default: the first reservation is held on EVSE 1 and shown Reserved at once; with both EVSEs reserved a third is Occupied', async () => {
    const csms = await started('default', ['R-1', 'R-2']);
    expect(await reserve(csms, 'AAA')).to.equal('Accepted');
    await csms.waitCall('StatusNotification', { filter: (p) => p.connectorStatus === 'Reserved' && p.evseId === 1 });
    expect(await reserve(csms, 'BBB', { connectorType: 'cType2' })).to.equal('Accepted');
    await csms.waitCall('StatusNotification', { filter: (p) => p.connectorStatus === 'Reserved' && p.evseId === 2 });
    expect(await reserve(csms, 'CCC')).to.equal('Occupied');
  });

  it('quiet-reservations: nothing shown while EVSE 2 is free; the second reservation shows both EVSEs Reserved (H01.FR.20)', async () => {
    const csms = await started('quiet-reservations', ['R-1', 'R-2']);
    expect(await reserve(csms, 'AAA')).to.equal('Accepted');
    await csms.expectNone('StatusNotification', 400, (p) => p.connectorStatus === 'Reserved');
    expect(await reserve(csms, 'BBB')).to.equal('Accepted');
    await csms.waitCall('StatusNotification', { filter: (p) => p.connectorStatus === 'Reserved' && p.evseId === 1 });
    await csms.waitCall('StatusNotification', { filter: (p) => p.connectorStatus === 'Reserved' && p.evseId === 2 });
  });

  it('a connectorType the station does not have is Rejected; without R-2 claimed, every reservation without evseId is (H01.FR.19)', async () => {
    const withR2 = await started('default', ['R-1', 'R-2']);
    expect(await reserve(withR2, 'AAA', { connectorType: 'cCCS1' })).to.equal('Rejected');
    const without = await started('default', []);
    expect(await reserve(without, 'AAA')).to.equal('Rejected');
    expect(reservedReports(without)).to.deep.equal([]);
  });

  it('fault unspecified-reservation-not-shown: even with both EVSEs reserved nothing is shown Reserved', async () => {
    const csms = await started('default', ['R-1', 'R-2'], ['unspecified-reservation-not-shown']);
    expect(await reserve(csms, 'AAA')).to.equal('Accepted');
    expect(await reserve(csms, 'BBB')).to.equal('Accepted');
    await csms.expectNone('StatusNotification', 400, (p) => p.connectorStatus === 'Reserved');
  });
});
