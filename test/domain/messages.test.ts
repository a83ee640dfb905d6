/**
 * The typed messages (src/domain/messages.ts, from typed-ocpp) and the schemas the RPC layer
 * validates with (the OCA bundles in ocpp-rpc) must name the same actions, so the type source and
 * the validation source cannot drift; and the types reject what the schemas reject.
 */
import { expect } from 'chai';
import { OCPP16, OCPP20, OCPP21 } from 'typed-ocpp';
import type { Action, Request, Response } from '../../src/domain/messages.js';
import { SchemaRegistry } from '../../src/rpc/schemas.js';
import type { OcppVersion } from '../../src/domain/version.js';

const TYPED: Record<OcppVersion, readonly string[]> = {
  '1.6': Object.values(OCPP16.Action),
  '2.0.1': Object.values(OCPP20.Action),
  '2.1': Object.values(OCPP21.Action),
};

describe('typed messages (typed-ocpp) agree with the validation schemas', () => {
  for (const version of ['1.6', '2.0.1', '2.1'] as const) {
    it(`OCPP ${version}: the same action set`, () => {
      const validated = SchemaRegistry.for(version).actions;
      const typed = new Set(TYPED[version]);
      expect([...typed].filter((a) => !validated.has(a)).sort(), 'typed but not validated').to.deep.equal([]);
      expect([...validated].filter((a) => !typed.has(a)).sort(), 'validated but not typed').to.deep.equal([]);
    });
  }

  it('types a request and a response per version and action (a wrong field does not compile)', () => {
    const boot: Request<'2.0.1', 'BootNotification'> = { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } };
    const answer: Response<'1.6', 'BootNotification'> = { status: 'Accepted', currentTime: new Date(0).toISOString(), interval: 300 };
    // @ts-expect-error -- 'Unplugged' is not a BootReasonEnumType
    const badReason: Request<'2.0.1', 'BootNotification'> = { reason: 'Unplugged', chargingStation: { model: 'M', vendorName: 'V' } };
    // @ts-expect-error -- StartTransaction is a 1.6 action, not a 2.0.1 one
    const notInVersion: Action<'2.0.1'> = 'StartTransaction';
    const inVersion: Action<'1.6'> = 'StartTransaction';
    expect([boot.reason, answer.status, badReason.reason, notInVersion, inVersion]).to.deep.equal(['PowerUp', 'Accepted', 'Unplugged', 'StartTransaction', 'StartTransaction']);
  });
});
