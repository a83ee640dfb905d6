/**
 * Steps of the OCTT 1.6 §3.14 Local Authorization List cases, Central System under test: the harness's
 * Charge Point answers what the table says, the Central System's request is checked against step 1.
 */
import type { CaseContext, Response } from '../../kit.js';
import { csmsSends } from '../_shared/states.csms.js';

type Ctx = CaseContext<'1.6', 'CSMS'>;
type UpdateStatus = Response<'1.6', 'SendLocalList'>['status'];

/** 1-2. The Central System sends GetLocalListVersion.req; the Charge Point answers `listVersion`. */
export async function localListVersionAsked(ctx: Ctx, listVersion: number): Promise<void> {
  await csmsSends(ctx, 'GetLocalListVersion', () => ({ listVersion }), { requirement: '5.10' });
}

/**
 * The Central System sends SendLocalList.req of `updateType` (the operator is asked for it); the Charge
 * Point answers `status`. Step 1 validates the updateType and, where the table says so, that every
 * localAuthorizationList entry has an idTagInfo.
 */
export async function localListSent(ctx: Ctx, updateType: 'Full' | 'Differential', status: UpdateStatus, options: { entriesHaveInfo?: boolean; step: string }): Promise<void> {
  const { expect } = ctx;
  const req = await csmsSends(ctx, 'SendLocalList', () => ({ status }), { hint: { updateType }, requirement: '5.15' });
  expect(req.payload.updateType, `5.15: ${options.step} SendLocalList.req updateType`).to.equal(updateType);
  if (!options.entriesHaveInfo) return;
  const entries = req.payload.localAuthorizationList ?? [];
  for (const [i, e] of entries.entries()) {
    expect(e.idTagInfo, `5.15: ${options.step} SendLocalList.req localAuthorizationList[${i}] (${e.idTag}) has an idTagInfo`).to.be.an('object');
  }
}
