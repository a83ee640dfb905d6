/**
 * TC_H_17_CS, errata 2025-09 6.2.62: after the CancelReservationRequest every connector of the configured EVSE
 * reports Available (before: only the configured connector was awaited).
 */
import { expect } from 'chai';
import { runAgainstReference } from '../../src/session/reference.js';

describe('TC_H_17_CS: each connector of the EVSE reports Available (errata 2025-09 6.2.62)', function () {
  this.timeout(120_000);

  it('on an EVSE with two connectors, both reports are awaited', async () => {
    const ics = { evses: [{ id: 1, connectors: 2 }, { id: 2, connectors: 1 }] };
    const r = (await runAgainstReference({ version: '2.0.1', sut: 'CS', ids: ['TC_H_17_CS'], operatorPace: false, ics })).find((c) => c.id === 'TC_H_17_CS');
    expect(r?.verdict, `${r?.verdict ?? 'not run'}: ${r?.reason ?? ''}`).to.equal('PASS');
    const steps = (r?.steps ?? []).map((s) => s.text);
    expect(steps.some((t) => /connector 1\/1 Available/.test(t)), steps.join('\n')).to.equal(true);
    expect(steps.some((t) => /connector 1\/2 Available/.test(t)), steps.join('\n')).to.equal(true);
  });
});
