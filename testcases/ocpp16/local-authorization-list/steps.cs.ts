/**
 * Steps of the OCTT 1.6 §2.17 Local Authorization List cases, Charge Point under test (requirement ids:
 * OCPP 1.6 sections, 5.10 Get Local List Version, 5.15 Send Local List, 7.47 UpdateStatus).
 */
import type { CaseContext, Request } from '../../kit.js';
import { getConfiguration, setConfiguration } from '../_shared/states.cs.js';

type Ctx = CaseContext<'1.6', 'CS'>;
export type SendLocalList16 = Request<'1.6', 'SendLocalList'>;

/** Configuration State "LocalAuthListEnabled is true": a Charge Point of the profile has the key (9.2), so a missing or unsettable key is NOT_APPLICABLE. */
export async function localListEnabled(ctx: Ctx): Promise<void> {
  await setConfiguration(ctx, 'LocalAuthListEnabled', 'true', { optional: true });
}

/** Configuration State "LocalAuthListEnabled is false. (If implemented)": nothing to do without the key; a key that cannot be set makes the case NOT_APPLICABLE. */
export async function localListDisabled(ctx: Ctx): Promise<void> {
  const { values } = await getConfiguration(ctx, ['LocalAuthListEnabled']);
  if (!values.has('LocalAuthListEnabled')) return ctx.log('LocalAuthListEnabled is not implemented: nothing to set');
  await setConfiguration(ctx, 'LocalAuthListEnabled', 'false', { optional: true });
}

/** A graded SendLocalList.req: SendLocalList.conf with `status`. */
export async function sendLocalList(ctx: Ctx, request: SendLocalList16, status: 'Accepted' | 'Failed' | 'NotSupported' | 'VersionMismatch', step: string): Promise<void> {
  const conf = await ctx.sut.call('SendLocalList', request, { requirement: '5.15' });
  ctx.expect(conf.status, `5.15: ${step} SendLocalList.conf status (${request.updateType}, listVersion ${request.listVersion})`).to.equal(status);
}

/** A graded GetLocalListVersion.req: listVersion `expected`. */
export async function expectListVersion(ctx: Ctx, expected: number, step: string): Promise<void> {
  const conf = await ctx.sut.call('GetLocalListVersion', {}, { requirement: '5.10' });
  ctx.expect(conf.listVersion, `5.10: ${step} GetLocalListVersion.conf listVersion`).to.equal(expected);
}

/** The case's list entry for `idTag`: Accepted. */
export const acceptedEntry = (idTag: string): NonNullable<SendLocalList16['localAuthorizationList']>[number] => ({ idTag, idTagInfo: { status: 'Accepted' } });

/**
 * Cleanup (ungraded): the case installed a list, so it removes it again while the list is still enabled
 * (an empty Full update with a newer version, 5.15), leaving the Charge Point as it found it.
 */
export async function removeLocalList(ctx: Ctx): Promise<void> {
  const got = await ctx.sut.callRaw('GetLocalListVersion', {});
  const version = got.kind === 'result' ? Number(got.payload.listVersion) : 0;
  if (version > 0) await ctx.sut.callRaw('SendLocalList', { listVersion: version + 1, updateType: 'Full' });
}
