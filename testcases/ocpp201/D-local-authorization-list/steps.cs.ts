import { CaseInconclusive, defineTestCase, idTokenFor, type CaseContext, type Request, type Response } from '../../kit.js';
import { configure, readVariable } from '../_shared/charging-session.cs.js';
import { configured } from '../_shared/configured.js';
import { idTokenOf } from '../_shared/id-token.js';
import { idTokenLocalAuthList } from '../_shared/states.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;
export type SendLocalList = Request<'2.0.1', 'SendLocalList'>;

const ENABLED = { component: 'LocalAuthListCtrlr', variable: 'Enabled' } as const;

/** <Configured versionNumber> (configured.localListVersion). */
export const configuredVersion = (ctx: Ctx): number => configured(ctx, 'localListVersion');

/** Configuration State: LocalAuthListCtrlr.Enabled is `value` (If implemented). */
export async function localListEnabled(ctx: Ctx, value: 'true' | 'false'): Promise<void> {
  await configure(ctx, [{ ...ENABLED, value, optional: true }]);
}

/** Memory State IdTokenLocalAuthList for <Configured valid idtoken fields>, installed with <Configured versionNumber>. */
export async function validTokenInList(ctx: Ctx): Promise<number> {
  const version = configuredVersion(ctx);
  await idTokenLocalAuthList(ctx, idTokenFor(ctx, 'valid'), version);
  return version;
}

/** An AuthorizationData entry for an ICS token, with idTokenInfo Accepted (or none: a removal, D01.FR.17). */
export function entry(ctx: Ctx, name: 'valid' | 'valid2', withInfo = true): NonNullable<SendLocalList['localAuthorizationList']>[number] {
  return { idToken: idTokenOf(idTokenFor(ctx, name)), ...(withInfo ? { idTokenInfo: { status: 'Accepted' as const } } : {}) };
}

/** Steps "The OCTT sends a SendLocalListRequest" and "The Charging Station responds with a SendLocalListResponse". */
export async function sendLocalList(ctx: Ctx, request: SendLocalList, expected: Response<'2.0.1', 'SendLocalList'>['status'], requirement: string): Promise<void> {
  const res = await ctx.sut.call('SendLocalList', request);
  ctx.expect(res.status, `${requirement}: SendLocalListResponse status`).to.equal(expected);
}

/** Steps "The OCTT sends a GetLocalListVersionRequest" and its response: versionNumber must be `expected`. */
export async function localListVersionIs(ctx: Ctx, expected: number, requirement: string): Promise<void> {
  const res = await ctx.sut.call('GetLocalListVersion', {});
  ctx.expect(res.versionNumber, `${requirement}: GetLocalListVersionResponse versionNumber`).to.equal(expected);
}

/**
 * Runs a case's steps, then leaves the station as later cases expect it (not graded): Local Authorization
 * List enabled and empty, so no list entry decides another block's authorization.
 */
export async function withLocalList(ctx: Ctx, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } finally {
    const enabled = await readVariable(ctx, ENABLED).catch(() => undefined);
    if (enabled === 'false') await ctx.sut.callRaw('SetVariables', { setVariableData: [{ component: { name: ENABLED.component }, variable: { name: ENABLED.variable }, attributeValue: 'true' }] }).catch(() => undefined);
    await ctx.sut.callRaw('SendLocalList', { versionNumber: configuredVersion(ctx), updateType: 'Full' }).catch(() => undefined);
  }
}

/** "*Configured versionNumber > 1" (TC_D_06_CS): a smaller configured value cannot run the case. */
export function versionAbove(ctx: Ctx, floor: number): number {
  const version = configuredVersion(ctx);
  if (version <= floor) throw new CaseInconclusive(`the case needs <Configured versionNumber> above ${floor}: set configured.localListVersion in the config file (it is ${version})`);
  return version;
}

interface SendCase {
  id: string;
  title: string;
  covers: string[];
  catches: string[];
  /** The request of step 1, from the installed version (<Configured versionNumber>). */
  request: (ctx: Ctx, version: number) => SendLocalList;
  /** Whether the Memory State IdTokenLocalAuthList comes first. */
  memory: boolean;
  /** Step 2's requirement. */
  requirement: string;
}

/**
 * TC_D_01..05_CS: Before (LocalAuthListEnabled true, the Memory State when given), 1-2 SendLocalList
 * answered Accepted, 3-4 GetLocalListVersion with the version sent in step 1.
 */
export function sendLocalListCase(def: SendCase) {
  return defineTestCase({
    id: def.id, title: def.title, version: '2.0.1', sut: 'CS',
    profiles: ['Local Authorization List Management'], covers: def.covers, catches: def.catches,
    async run(ctx) {
      await withLocalList(ctx, async () => {
        // Before: LocalAuthListEnabled is true (If implemented); Memory State IdTokenLocalAuthList.
        await localListEnabled(ctx, 'true');
        const version = def.memory ? await validTokenInList(ctx) : configuredVersion(ctx);
        // 1-2. SendLocalListRequest; the response is Accepted.
        const request = def.request(ctx, version);
        await sendLocalList(ctx, request, 'Accepted', def.requirement);
        // 3-4. GetLocalListVersionRequest; versionNumber is the one sent in step 1.
        await localListVersionIs(ctx, request.versionNumber, 'D02.FR.01');
      });
    },
  });
}
