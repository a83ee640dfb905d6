import { defineTestCase, type CaseContext } from '../../kit.js';
import { chargingSession, stationIdle } from '../_shared/charging-session.csms.js';
import { energyTransferStarted, evDisconnected, type ConnectorStatus } from '../_shared/states.csms.js';
import { DOWNLOADED, firmwareStatuses, installAndReboot, untilReached, updateFirmware } from './steps.csms.js';

/**
 * TC_L_13_CSMS (Part 6 table 620): with a transaction ongoing (AllowNewSessionsPendingFirmwareUpdate false), the
 * station schedules the download, makes its idle connectors Unavailable, and updates after the transaction ends.
 */
export const TC_L_13_CSMS = defineTestCase({
  id: 'TC_L_13_CSMS',
  title: 'Secure Firmware Update - Unable to download/install firmware with ongoing transaction - AllowNewSessionsPendingFirmwareUpdate is false',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.11'],
  catches: ['firmware-signing-certificate-dropped', 'firmware-status-unhandled'],
  async run(ctx) {
    const s = chargingSession(ctx);
    const idle = (evseId: number, connectorId: number): boolean => evseId !== s.evseId || connectorId !== s.connectorId;
    let rebooted = false;
    try {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1. UpdateFirmwareRequest (validated: signingCertificate is the configured one), 2. Accepted.
      const call = await updateFirmware(ctx, { id: 'TC_L_13_CSMS', answer: 'Accepted', checkCertificate: true });
      const { requestId } = call.payload;
      // 3-4. DownloadScheduled.
      await firmwareStatuses(ctx, requestId, ['DownloadScheduled']);
      // 5-6. The connectors without a running transaction are Unavailable (StatusNotification and NotifyEvent AvailabilityState).
      await reportIdle(ctx, idle, 'Unavailable');
      // 7-9. Reusable States StopAuthorized (after <Configured transaction duration>), EVConnectedPostSession, EVDisconnected.
      await evDisconnected(ctx);
      // 10. Executed after the retrieveDateTime of step 1 has been reached.
      await untilReached(ctx, call.payload.firmware.retrieveDateTime, 'retrieveDateTime');
      // 10-15. Downloading, Downloaded, SignatureVerified.
      await firmwareStatuses(ctx, requestId, DOWNLOADED);
      // 16-19. Installing, InstallRebooting; 20-21. BootNotification FirmwareUpdate (validated: Accepted); 22-23. connectors Available; 24-25. Installed.
      rebooted = true;
      await installAndReboot(ctx, requestId, 'TC_L_13_CSMS', 21);
    } finally {
      // Cleanup, ungraded: end the transaction, free the connectors made Unavailable when the reboot did not.
      await stationIdle(ctx);
      if (!rebooted && ctx.sut.isConnected()) await reportIdle(ctx, idle, 'Available').catch(() => undefined);
    }
  },
});

/** Step 5 for the connectors `which` picks (the one with the transaction keeps its state). */
async function reportIdle(ctx: CaseContext<'2.0.1', 'CSMS'>, which: (evseId: number, connectorId: number) => boolean, status: ConnectorStatus): Promise<void> {
  const picked = ctx.ics.evses.flatMap((e) => Array.from({ length: e.connectors }, (_, i) => ({ evseId: e.id, connectorId: i + 1 }))).filter((c) => which(c.evseId, c.connectorId));
  if (picked.length === 0) {
    ctx.log('step 5: every connector has the running transaction; none is reported Unavailable');
    return;
  }
  for (const c of picked) {
    await ctx.sut.call('StatusNotification', { timestamp: ctx.sut.now(), connectorStatus: status, evseId: c.evseId, connectorId: c.connectorId });
    await ctx.sut.call('NotifyEvent', {
      generatedAt: ctx.sut.now(), seqNo: 0,
      eventData: [{
        eventId: Math.floor(Math.random() * 1e6), timestamp: ctx.sut.now(), trigger: 'Delta', actualValue: status, eventNotificationType: 'HardWiredNotification',
        component: { name: 'Connector', evse: { id: c.evseId, connectorId: c.connectorId } }, variable: { name: 'AvailabilityState' },
      }],
    });
  }
}
