/** OCTT 1.6 §2.3.2, Table 7: Stop transaction - ParentIdTag in StopTransaction matches ParentIdTag in StartTransaction. Validations are the table's; 1.2/1.3 apply. */
import { CaseNotApplicable, defineTestCase } from '../../kit.js';
import { expectStatus, presentTag, setConfiguration } from '../_shared/states.cs.js';
import { energyTransferStarted, expectAuthorize, expectStopTransaction, idTagInfo } from '../_shared/transactions.cs.js';

export const TC_069_CS = defineTestCase({
  id: 'TC_069_CS',
  title: 'Stop transaction - ParentIdTag in StopTransaction matches ParentIdTag in StartTransaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['3.10', '4.1', '4.10'],
  catches: ['parent-id-tag-ignored'],
  async run(ctx) {
    const { ics, expect } = ctx;
    const second = ics.idTokens.valid2?.idToken;
    if (!second) throw new CaseNotApplicable('the ICS names no second valid idTag (idTokens.valid2)');
    const parent = ics.idTokens.group?.idToken ?? 'PARENT0001';
    await setConfiguration(ctx, 'LocalPreAuthorize', 'false');
    // 1. A charging session started with idTag A, whose parentIdTag is P.
    const tx = await energyTransferStarted(ctx, { authorize: 'required', answer: idTagInfo('Accepted', parent) });
    // 2. IdTag B is presented: Authorize.req, answered Accepted with the same parentIdTag P (3.10).
    const authorize = expectAuthorize(ctx, second, idTagInfo('Accepted', parent));
    // 3. StopTransaction.req with idTag B; StatusNotification.req Finishing.
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'Local', requirement: '3.10' });
    const finishing = expectStatus(ctx, 'Finishing');
    await presentTag(ctx, second);
    await authorize;
    const call = await stop;
    expect(call.payload.idTag, '4.10: StopTransaction.req idTag (the idTag that stopped it)').to.equal(second);
    await finishing;
  },
});
