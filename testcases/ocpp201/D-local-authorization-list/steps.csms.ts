import { defineTestCase, type CaseContext, type Payload, type Received, type Request } from '../../kit.js';
import { configured } from '../_shared/configured.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;
type SendLocalList = Request<'2.0.1', 'SendLocalList'>;

/** <Configured versionNumber>: the version the harness, as the station, has installed. */
export const configuredVersion = (ctx: Ctx): number => configured(ctx, 'localListVersion');

/**
 * Manual action "Request the CSMS to send a Local Authorization List" and steps 1-4: the CSMS may first
 * ask GetLocalListVersion (answered `version`), then sends SendLocalListRequest (answered Accepted).
 * Returns the SendLocalListRequest; a list split over several messages (D01.FR.11) is answered by the
 * harness's defaults (Accepted) after this first one.
 */
export async function localListSent(ctx: Ctx, hint: Payload, version: number): Promise<Received<'2.0.1', 'SendLocalList'>> {
  const { sut, operator } = ctx;
  const asked = operator.do('csmsSend', { action: 'SendLocalList', stationId: ctx.ics.station.id, hint });
  asked.catch(() => undefined);
  const first = sut.expectCall(['GetLocalListVersion', 'SendLocalList'], { requirement: 'D01.FR.01' });
  let call = await Promise.race([first, asked.then(() => first)]);
  if (call.action === 'GetLocalListVersion') {
    // 1-2 (optional). GetLocalListVersionRequest, answered with the harness's version.
    call.respond({ versionNumber: version });
    call = await sut.expectCall('SendLocalList', { requirement: 'D01.FR.01' });
  }
  // 3-4. SendLocalListRequest, answered Accepted.
  call.respond({ status: 'Accepted' });
  await asked;
  return call as Received<'2.0.1', 'SendLocalList'>;
}

/** Step 1 validations: updateType and versionNumber (above `above`). */
export function checkHeader(ctx: Ctx, p: SendLocalList, updateType: SendLocalList['updateType'], above: number, requirement: string): void {
  ctx.expect(p.updateType, `${requirement}: SendLocalListRequest updateType`).to.equal(updateType);
  ctx.expect(p.versionNumber, `${requirement}: SendLocalListRequest versionNumber above ${above}`).to.be.above(above);
}

/** Manual action "Request the CSMS to get a Local Authorization list version" and steps 1-2: answered `version`. */
export function getLocalListVersionCase(def: { id: string; title: string; profiles: Array<string | { profile: string; condition: string }>; answer: (ctx: Ctx) => number }) {
  return defineTestCase({
    id: def.id, title: def.title, version: '2.0.1', sut: 'CSMS', profiles: def.profiles,
    covers: ['D02'], catches: ['local-list-version-request-16-field'],
    async run(ctx) {
      const incoming = ctx.sut.expectCall('GetLocalListVersion', { requirement: 'D02' });
      const asked = ctx.operator.do('csmsSend', { action: 'GetLocalListVersion', stationId: ctx.ics.station.id });
      asked.catch(() => undefined);
      // 1. The CSMS sends GetLocalListVersionRequest; 2. the OCTT answers it.
      const call = await Promise.race([incoming, asked.then(() => incoming)]);
      call.respond({ versionNumber: def.answer(ctx) });
      await asked;
    },
  });
}
