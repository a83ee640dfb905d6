/**
 * A firmware update that waits for the transactions to end (L01.FR.06), as a station that cannot update with
 * ongoing transactions does (not C-43): it reports DownloadScheduled, and with AllowNewSessionsPendingFirmwareUpdate
 * false sets every EVSE not in use Unavailable, and each that becomes free too (L01.FR.07), until the update ends.
 */
import type { BlockHost } from '../../block-host.js';
import { supports } from '../../features.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

const POLL_MS = 200;

/** Resolves once no transaction runs: `restore` gives back the EVSEs it made Unavailable; undefined when canceled. */
export async function untilTransactionsEnd(host: BlockHost<Faults>, job: { cancelled: boolean }, report: (status: string) => Promise<unknown>):
  Promise<{ restore: () => void } | undefined> {
  const nothing = { restore: () => undefined };
  if (supports(host, 'C-43') || !host.tx.hasTransaction() || host.faults.has('firmware-downloads-during-transaction')) return nothing;
  await report('DownloadScheduled');
  const blocked: number[] = [];
  const block = () => {
    if (host.settings.bool('allowNewSessionsPendingFirmwareUpdate')) return;
    for (const evse of host.evses.list) {
      if (blocked.includes(evse.id) || host.tx.hasTransaction(evse.id) || !host.evses.isUsable(evse)) continue;
      const plan = host.evses.planAvailability({ evseId: evse.id }, 'Inoperative');
      if (plan.status !== 'Accepted') continue;
      plan.apply();
      blocked.push(evse.id);
    }
  };
  block();
  while (host.tx.hasTransaction()) {
    if (!(await host.timers.delay(undefined, POLL_MS)) || job.cancelled) return undefined;
    block();
  }
  block();
  return { restore: () => { for (const id of blocked.splice(0)) host.evses.planAvailability({ evseId: id }, 'Operative').apply(); } };
}
