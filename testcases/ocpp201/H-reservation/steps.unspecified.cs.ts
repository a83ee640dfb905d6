/**
 * Helpers of block H (Reservation), charging station under test, for reservations without evseId: of an
 * unspecified EVSE (R-2, TC_H_08-14/24_CS) or of a connectorType (R-1, TC_H_15/16_CS). The connector reports
 * Reserved only where H01.FR.20 / FR.24 make it due (as many reservations as available EVSEs, or connectors of
 * the type): elsewhere a station may hold the reservation without showing it (errata 6.2.60: TC_H_08_CS step 3 optional).
 */
import { CaseInconclusive, WaitTimedOut, idTokenFor, type CaseContext, type CaseTools, type IdTokenSpec, type Payload, type Response } from '../../kit.js';
import { configuredText } from '../_shared/configured.js';
import { later } from '../_shared/charging-session.cs.js';
import { idTokenOf } from '../_shared/id-token.js';
import { configuredConnectorReports, configuredEvse, expiresIn, freshReservationId } from './steps.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** <Configured connectorType> of TC_H_15/16_CS (errata 6.2.61): the config's connectorType. */
export const configuredConnectorType = (ctx: CaseTools): string => configuredText(ctx, 'connectorType');

/** Step 1: ReserveNowRequest without evseId (with `fields`: connectorType, groupIdToken); returns the answer, the reservation kept in `made` when Accepted. */
export async function reserveWithoutEvse(ctx: Ctx, made: number[], token: IdTokenSpec = idTokenFor(ctx, 'valid'), fields: Payload = {}): Promise<Response<'2.0.1', 'ReserveNow'>> {
  const id = freshReservationId();
  const res = await ctx.sut.call('ReserveNow', { id, expiryDateTime: expiresIn(600_000), idToken: idTokenOf(token), ...fields });
  if (res.status === 'Accepted') made.push(id);
  return res;
}

/** "<A different idToken for every reservation being made>": the configured valid tokens, then ones derived from them (the harness is the CSMS here). */
export function distinctToken(ctx: Ctx, i: number): IdTokenSpec {
  if (i === 0) return idTokenFor(ctx, 'valid');
  if (i === 1) return idTokenFor(ctx, 'valid2');
  const base = idTokenFor(ctx, 'valid');
  return { ...base, idToken: `${base.idToken}-${i}` };
}

/** The total number of connectors the ICS declares: one means H01.FR.20 / FR.24 make the Reserved report due. */
export const onlyOneConnector = (ctx: Ctx): boolean => ctx.ics.evses.reduce((n, e) => n + e.connectors, 0) === 1;

/**
 * Step 3 "the Charging Station notifies the CSMS about the status change of the connector", armed before step 1:
 * required (H01.FR.20 / FR.24) when the station has one connector only; otherwise optional, checked if it comes.
 * Returns a wait to await after step 2.
 */
export function reservedReport(ctx: Ctx, requirement: string): () => Promise<void> {
  const report = configuredConnectorReports(ctx, 'Reserved', requirement, onlyOneConnector(ctx) ? undefined : ctx.ics.timeouts.messageMs);
  if (onlyOneConnector(ctx)) return async () => { await report; };
  return async () => {
    try {
      await report;
    } catch (err) {
      // Not due with more than one connector: a missing report passes, a wrong one does not.
      if (!(err instanceof WaitTimedOut)) throw err;
      ctx.log('the connector did not report Reserved: not due while another EVSE is available (H01.FR.20)');
    }
  };
}

/**
 * Reusable State "All EVSE are Reserved" (TC_H_09_CS, Configuration State of TC_H_16_CS): a ReserveNow for every EVSE
 * of the ICS with the configured valid idToken, each reported Reserved; established, not graded.
 */
export async function allEvsesReserved(ctx: Ctx, made: number[]): Promise<void> {
  for (const { id: evseId } of ctx.ics.evses.length ? ctx.ics.evses : [{ id: configuredEvse(ctx).evseId }]) {
    const id = freshReservationId();
    const shown = later(ctx.sut.expectCall(['StatusNotification', 'NotifyEvent'], {
      describe: `(EVSE ${evseId} Reserved)`,
      filter: (p) => ('connectorStatus' in p && p.connectorStatus === 'Reserved' && p.evseId === evseId) || JSON.stringify(p).includes('"actualValue":"Reserved"'),
    }));
    const res = await ctx.sut.callRaw('ReserveNow', { id, evseId, expiryDateTime: expiresIn(600_000), idToken: idTokenOf(idTokenFor(ctx, 'valid')) });
    if (res.kind !== 'result' || res.payload.status !== 'Accepted') throw new CaseInconclusive(`Reusable State "All EVSE are Reserved": ReserveNow for EVSE ${evseId} was not Accepted`);
    made.push(id);
    await shown.catch(() => { throw new CaseInconclusive(`Reusable State "All EVSE are Reserved": EVSE ${evseId} did not report Reserved`); });
  }
}
