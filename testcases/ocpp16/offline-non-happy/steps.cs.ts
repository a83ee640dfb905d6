import { CaseNotApplicable, type CaseContext } from '../../kit.js';
import { getConfiguration, goOffline, invalidTag, plugIn, presentTag, setConfiguration, validTag } from '../_shared/states.cs.js';
import { cacheIdTag } from '../_shared/transactions.cs.js';

/** Makes the valid idTag usable offline: from the Authorization Cache (LocalAuthorizeOffline) or as an unknown idTag (3.5.4). */
export async function validOffline(ctx: CaseContext<'1.6', 'CS'>): Promise<string> {
  const idTag = validTag(ctx);
  if (await cacheIdTag(ctx, idTag)) {
    await setConfiguration(ctx, 'LocalAuthorizeOffline', 'true');
    return idTag;
  }
  await setConfiguration(ctx, 'AllowOfflineTxForUnknownId', 'true', { optional: true });
  return idTag;
}

/** An invalid idTag is unknown to the charge point and unknown idTags may start offline (3.5.4). */
export async function unknownOffline(ctx: CaseContext<'1.6', 'CS'>, stopOnInvalid: boolean): Promise<string> {
  const { values } = await getConfiguration(ctx, ['AllowOfflineTxForUnknownId']);
  if (!values.has('AllowOfflineTxForUnknownId')) throw new CaseNotApplicable('the charge point does not support Unknown Offline Authorization (no AllowOfflineTxForUnknownId key)');
  await setConfiguration(ctx, 'AllowOfflineTxForUnknownId', 'true', { optional: true });
  await setConfiguration(ctx, 'StopTransactionOnInvalidId', String(stopOnInvalid));
  // The idTag must not be known from an earlier answer: empty the Authorization Cache.
  await ctx.sut.callRaw('ClearCache', {});
  return invalidTag(ctx);
}

/** Offline: plug in and present `idTag`; the transaction starts without the Central System. */
export async function startOffline(ctx: CaseContext<'1.6', 'CS'>, idTag: string): Promise<void> {
  await goOffline(ctx);
  await plugIn(ctx, null);
  await presentTag(ctx, idTag);
}
