/** Block B helpers, charging station under test: B04 offline behaviour (TC_B_51_CS, TC_B_52_CS). */
import type { CaseContext, Payload } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { configured } from '../_shared/configured.js';

/** Part 6: a connector status reaches the CSMS as a StatusNotificationRequest or as a NotifyEventRequest (AvailabilityState). */
export const CONNECTOR_STATUS_ACTIONS = ['StatusNotification', 'NotifyEvent'] as const;

/** The connector status a StatusNotificationRequest or an AvailabilityState NotifyEventRequest reports, keyed by EVSE/connector. */
export function reportedConnectorStatuses(action: string, p: Payload): Array<{ evseId: number; connectorId: number; status: string }> {
  if (action === 'StatusNotification') return [{ evseId: Number(p.evseId), connectorId: Number(p.connectorId), status: String(p.connectorStatus) }];
  const events = (p.eventData as Payload[] | undefined) ?? [];
  return events.flatMap((e) => {
    const component = (e.component ?? {}) as { name?: string; evse?: { id?: number; connectorId?: number } };
    const variable = (e.variable ?? {}) as { name?: string };
    if (component.name !== 'Connector' || variable.name !== 'AvailabilityState' || component.evse?.id === undefined) return [];
    return [{ evseId: component.evse.id, connectorId: component.evse.connectorId ?? 1, status: String(e.actualValue) }];
  });
}

/**
 * TC_B_51 / TC_B_52: the OCTT closes the connection AND refuses reconnects; the EV is connected meanwhile;
 * the OCTT accepts the reconnection (TC_B_51: once the offline threshold has passed); the station reports the
 * configured connector Occupied (TC_B_51: every other connector Available), by StatusNotification or NotifyEvent.
 */
export async function statusAfterOutage(ctx: CaseContext<'2.0.1', 'CS'>, longerThanThreshold: boolean, requirement: string): Promise<void> {
  const { sut, operator, expect, ics } = ctx;
  const thresholdS = configured(ctx, 'outageOfflineThreshold');
  // RetryBackOffWaitMinimum = threshold + 2 s (TC_B_51) or threshold - 2 s (TC_B_52, at least 1 s).
  const waitS = longerThanThreshold ? thresholdS + 2 : Math.max(1, thresholdS - 2);
  const setting = (variable: string, value: string) => ({ component: 'OCPPCommCtrlr', variable, value });
  // Configuration State (put back after the case, with the station idle again).
  const configuration = [setting('OfflineThreshold', String(thresholdS)), setting('RetryBackOffWaitMinimum', String(waitS)), setting('RetryBackOffRandomRange', '0')];
  await transactionCase(ctx, { configuration }, async (s) => {
    // The transaction the EV may start meanwhile is not what this case is about: its messages are answered at once.
    sut.autoAnswer('TransactionEvent', (p) => (p.idToken ? { idTokenInfo: { status: 'Accepted' } } : {}));
    // Status reports from before the outage are not the ones after it.
    for (const action of CONNECTOR_STATUS_ACTIONS) sut.forgetReceived(action);
    // 1. The OCTT closes the WebSocket connection AND does not accept a reconnect (Part 6 going offline, not a manual
    // action): refused until the threshold is exceeded (TC_B_51), or until the operator has connected the EV (TC_B_52).
    const closedAt = Date.now();
    await sut.goOffline(longerThanThreshold ? thresholdS * 1000 : ics.timeouts.bootMs + thresholdS * 1000);
    // 2. Manual Action: Connect the EV and EVSE.
    await operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
    s.evConnected = true;
    // 3. The OCTT accepts the reconnection attempt (TC_B_51: after the configured threshold has been exceeded).
    const thresholdLeft = thresholdS * 1000 - (Date.now() - closedAt);
    if (longerThanThreshold && thresholdLeft > 0) await ctx.specifiedWait(thresholdLeft, 'the configured offlineThreshold is exceeded');
    if (!longerThanThreshold && thresholdLeft <= 0) ctx.log('the EV was connected after the configured offlineThreshold: the station was offline longer than it (Part 6 step 2 is a manual action)');
    const reconnectedAfter = Date.now();
    sut.acceptConnections();
    // 4-5. The station notifies the current state of the configured connector (TC_B_51: of all connectors).
    const expected = new Map<string, string>();
    for (const e of longerThanThreshold ? ics.evses : ics.evses.filter((x) => x.id === s.evseId)) {
      for (let c = 1; c <= e.connectors; c += 1) {
        if (e.id === s.evseId && c === s.connectorId) expected.set(`${e.id}/${c}`, 'Occupied');
        else if (longerThanThreshold) expected.set(`${e.id}/${c}`, 'Available');
      }
    }
    const seen = new Map<string, string>();
    const deadline = reconnectedAfter + waitS * 4000 + ics.timeouts.messageMs * 3;
    while ([...expected.keys()].some((k) => !seen.has(k))) {
      const missing = [...expected.keys()].filter((k) => !seen.has(k)).join(', ');
      const call = await sut.expectCall([...CONNECTOR_STATUS_ACTIONS], {
        timeoutMs: Math.max(1, deadline - Date.now()), requirement, describe: `(status of connector ${missing}, after the outage)`,
      });
      for (const r of reportedConnectorStatuses(call.action, call.payload)) {
        const key = `${r.evseId}/${r.connectorId}`;
        if (!expected.has(key) || seen.has(key)) continue;
        seen.set(key, r.status);
        expect(r.status, `${requirement}: status of EVSE ${r.evseId} connector ${r.connectorId} after the outage (${call.action})`).to.equal(expected.get(key));
      }
    }
  });
}
