/**
 * TC_N_46_CSMS (N10.FR.02): the Local Authorization List around a cleared customer, the harness playing the
 * station. Memory State "a local authorization list with <Configured customerIdentifier> is configured" is
 * established by asking the CSMS for a Full list (a preparation: not graded, INCONCLUSIVE when it cannot be
 * set); then the CSMS's own update after the clearing (steps 5-6) is taken and returned for the case to check.
 */
import { CaseInconclusive, idTokenFor, type CaseContext, type Received } from '../../kit.js';
import { configured } from '../_shared/configured.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;

/** The SendLocalList the CSMS sends (after an optional GetLocalListVersion, answered `version`), answered Accepted. */
async function localListTaken(ctx: Ctx, version: number, requirement: string): Promise<Received<'2.0.1', 'SendLocalList'>> {
  const { sut } = ctx;
  let call = await sut.expectCall(['GetLocalListVersion', 'SendLocalList'], { requirement });
  if (call.action === 'GetLocalListVersion') {
    call.respond({ versionNumber: version });
    call = await sut.expectCall('SendLocalList', { requirement });
  }
  call.respond({ status: 'Accepted' });
  return call as Received<'2.0.1', 'SendLocalList'>;
}

/** Memory State: the CSMS installs a Full list holding the configured valid idToken; returns its version. */
export async function listWithCustomer(ctx: Ctx): Promise<number> {
  const token = idTokenFor(ctx, 'valid');
  ctx.log(`Memory State: asking the CSMS to send a Full Local Authorization List holding idToken ${token.idToken}`);
  const asked = ctx.operator.do('csmsSend', { action: 'SendLocalList', stationId: ctx.ics.station.id, hint: { updateType: 'Full' } });
  asked.catch(() => undefined);
  const taken = localListTaken(ctx, configured(ctx, 'localListVersion'), 'D01.FR.01');
  const call = await Promise.race([taken, asked.then(() => taken)]).catch((e: unknown) => {
    throw new CaseInconclusive(`Memory State "a local authorization list with the customer": ${e instanceof Error ? e.message : String(e)}`);
  });
  await asked;
  const p = call.payload;
  const held = (p.localAuthorizationList ?? []).some((e) => e.idToken.idToken === token.idToken && e.idTokenInfo !== undefined);
  if (p.updateType !== 'Full' || !held) {
    throw new CaseInconclusive(`Memory State: the CSMS's Local Authorization List (${p.updateType}) does not hold idToken ${token.idToken}; configure the CSMS to include it`);
  }
  return p.versionNumber;
}

/** Steps 5-6: the CSMS updates the station's list after the clearing (N10.FR.02); answered Accepted. */
export function listUpdateTaken(ctx: Ctx, version: number): Promise<Received<'2.0.1', 'SendLocalList'>> {
  return localListTaken(ctx, version, 'N10.FR.02');
}
