/**
 * OCPP 1.6J Core, resetting, Central System under test: the harness plays the Charge Point.
 * Steps follow the 1.6 test-case document (3.5 Resetting happy flow).
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import type { CaseContext } from '../../src/engine/testcase.js';
import { booted, csmsSends } from './states.csms.js';

/** 1-6: the Central System sends Reset.req of `type`; the Charge Point accepts, reboots and is Accepted again. */
async function reset(ctx: CaseContext, type: 'Hard' | 'Soft'): Promise<void> {
  // 1-2. The Central System sends Reset.req with the type the operator asked for; the Charge Point accepts.
  const req = await csmsSends(ctx, 'Reset', () => ({ status: 'Accepted' }), { hint: { type }, requirement: '5.14' });
  ctx.expect(req.payload.type, '5.14: Reset.req type').to.equal(type);
  // 3-6. The Charge Point reboots: BootNotification.req (Accepted), StatusNotification.req Available per connector and connectorId 0.
  await booted(ctx);
}

export const TC_013_CSMS = defineTestCase({
  id: 'TC_013_CSMS',
  title: 'Hard Reset',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'reset',
  covers: ['5.14', '4.2'],
  catches: ['reset-wrong-type'],
  run: (ctx) => reset(ctx, 'Hard'),
});

export const TC_014_CSMS = defineTestCase({
  id: 'TC_014_CSMS',
  title: 'Soft Reset',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'reset',
  covers: ['5.14', '4.2'],
  catches: ['reset-wrong-type'],
  run: (ctx) => reset(ctx, 'Soft'),
});
