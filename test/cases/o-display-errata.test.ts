/** Errata 2025-09 to the O station cases (testcases/ocpp201/O-display-messages/steps.cs.ts): 6.2.111 and 6.2.115. */
import { expect } from 'chai';
import { availabilityChanged, configuredMessage, unsupportedFormat } from '../../testcases/ocpp201/O-display-messages/steps.cs.js';

type Ctx = Parameters<typeof configuredMessage>[0];
const ctx = (configured: Record<string, string> = {}, features: string[] = ['UI-1.3', 'UI-2.4']): Ctx =>
  ({ settings: { configured }, ics: { sut: 'CS', features } }) as unknown as Ctx;

const connectorEvent = (actualValue: string, evse: Record<string, number> | null = { id: 1, connectorId: 1 }, trigger = 'Delta') =>
  ({ eventData: [{ trigger, actualValue, component: { name: 'Connector', ...(evse ? { evse } : {}) }, variable: { name: 'AvailabilityState' } }] });
const stationEvent = (actualValue: string) =>
  ({ eventData: [{ trigger: 'Delta', actualValue, component: { name: 'ChargingStation' }, variable: { name: 'AvailabilityState' } }] });

describe('O station cases: errata 2025-09', () => {
  it('6.2.111: message.display is the configured display component, omitted when left empty', () => {
    expect(configuredMessage(ctx())).to.not.have.property('display');
    expect(configuredMessage(ctx({ displayMessageDisplay: 'Display' })).display).to.deep.equal({ name: 'Display' });
    expect(configuredMessage(ctx({ displayMessageDisplay: 'Display:rear' })).display).to.deep.equal({ name: 'Display', instance: 'rear' });
  });

  it('6.2.111: <Configured Unsupported Message Format> is the config\'s, else one the ICS does not claim', () => {
    expect(unsupportedFormat(ctx())).to.equal('ASCII');
    expect(unsupportedFormat(ctx({ unsupportedDisplayMessageFormat: 'HTML' }))).to.equal('HTML');
  });

  it('6.2.115: step 3 accepts StatusNotification Faulted/Unavailable, a Connector or ChargingStation AvailabilityState NotifyEvent', () => {
    const step3 = (p: Record<string, unknown>) => availabilityChanged(p, ['Faulted', 'Unavailable'], 'Faulted');
    expect(step3({ connectorStatus: 'Faulted' })).to.equal(true);
    expect(step3({ connectorStatus: 'Unavailable' })).to.equal(true);
    expect(step3(connectorEvent('Faulted'))).to.equal(true);
    expect(step3(connectorEvent('Unavailable'))).to.equal(true);
    expect(step3(stationEvent('Faulted'))).to.equal(true);
    // Not the change the step waits for.
    expect(step3({ connectorStatus: 'Available' })).to.equal(false);
    expect(step3(connectorEvent('Faulted', null))).to.equal(false);
    expect(step3(connectorEvent('Faulted', { id: 1, connectorId: 1 }, 'Periodic'))).to.equal(false);
    expect(step3(stationEvent('Unavailable'))).to.equal(false);
  });

  it('6.2.115: step 5 accepts Available in any of the three forms', () => {
    const step5 = (p: Record<string, unknown>) => availabilityChanged(p, ['Available'], 'Available');
    expect(step5({ connectorStatus: 'Available' })).to.equal(true);
    expect(step5(connectorEvent('Available'))).to.equal(true);
    expect(step5(stationEvent('Available'))).to.equal(true);
    expect(step5({ connectorStatus: 'Faulted' })).to.equal(false);
  });
});
