/**
 * TC_N_29_CS / TC_N_33_CS: "Charging station is in a state where it cannot process customer information requests",
 * brought about by the operator (refuseCustomerInformation) and undone afterwards (not graded). Part 6 validates
 * status Invalid; Part 2 N09.FR.03 / N10.FR.05 require Rejected for this state. Both are accepted: a station that
 * follows the requirement is not failed, and one that follows the test document is not either (disagreement noted).
 */
import { idTokenOf } from '../_shared/id-token.js';
import { validToken } from '../_shared/charging-session.cs.js';
import type { CaseContext } from '../../kit.js';
import { newRequestId } from './steps.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

export async function refusedCustomerInformation(ctx: Ctx, ask: { report: boolean; clear: boolean }, requirement: string): Promise<void> {
  const { sut, operator, expect } = ctx;
  await operator.do('refuseCustomerInformation', { refusing: true });
  try {
    // 1. CustomerInformationRequest (the configured valid idToken). 2. CustomerInformationResponse: Invalid (Part 6) / Rejected (Part 2).
    const res = await sut.call('CustomerInformation', { requestId: newRequestId(), report: ask.report, clear: ask.clear, idToken: idTokenOf(validToken(ctx)) }, { requirement });
    expect(res.status, `${requirement}: CustomerInformationResponse status (Part 6: Invalid; Part 2 ${requirement}: Rejected)`).to.be.oneOf(['Invalid', 'Rejected']);
  } finally {
    await operator.do('refuseCustomerInformation', { refusing: false }).catch(() => undefined);
  }
}
