/** Master Pass helpers of the C cases (C16): the Configuration State that makes the configured master pass group the station's. */
import type { CaseContext, IdTokenSpec } from '../../kit.js';
import { idTokenFor } from '../../kit.js';
import { readVariable, type VariableSetting } from '../_shared/charging-session.cs.js';

/** Part 5 condition of the Master Pass cases: a local start option and the Master Pass (with or without a UI). */
export const MASTER_PASS = '(C-30 or C-31 or C-32) and (C-07 or C-08)';

/** The configured master pass idToken and its group (<Configured MasterPassGroupId>), from the id token config. */
export function masterPassTokens(ctx: CaseContext<'2.0.1', 'CS'>): { masterPass: IdTokenSpec; group: IdTokenSpec } {
  return { masterPass: idTokenFor(ctx, 'masterPass'), group: idTokenFor(ctx, 'masterPassGroup') };
}

/**
 * Configuration State AuthCtrlr.MasterPassGroupId is <Configured MasterPassGroupId> (not optional: a station that refuses
 * it leaves the case INCONCLUSIVE naming the variable, transactionCase's configure).
 */
export const masterPassGroupId = (group: IdTokenSpec): VariableSetting => ({ component: 'AuthCtrlr', variable: 'MasterPassGroupId', value: group.idToken });

/**
 * TC_C_45_CS Configuration State "TxCtrlr.TxStartPoint should contain Authorized or PowerPathClosed and not contain
 * ParkingBayOccupancy or EVConnected": a station whose TxStartPoint fits keeps it, otherwise it is set to Authorized.
 */
export async function startPointAuthorized(ctx: CaseContext<'2.0.1', 'CS'>): Promise<VariableSetting[]> {
  const points = (await readVariable(ctx, { component: 'TxCtrlr', variable: 'TxStartPoint' }) ?? '').split(',').map((x) => x.trim());
  const fits = points.some((p) => p === 'Authorized' || p === 'PowerPathClosed') && !points.some((p) => p === 'ParkingBayOccupancy' || p === 'EVConnected');
  return fits ? [] : [{ component: 'TxCtrlr', variable: 'TxStartPoint', value: 'Authorized' }];
}
