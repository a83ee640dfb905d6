/**
 * A firmware update that waits for the transactions to end (L01.FR.06), as a station that cannot update with
 * ongoing transactions does (not C-43): one that cannot download meanwhile either (not AQ-7) waits before
 * downloading and reports DownloadScheduled; one that can (AQ-7) downloads at once and waits before installing,
 * reporting InstallScheduled (L01.FR.34). With AllowNewSessionsPendingFirmwareUpdate false it sets every EVSE not in
 * use Unavailable meanwhile, and each that becomes free too (L01.FR.07), until the update ends; with it true, new sessions
 * start meanwhile and the update waits for them too (TC_L_12_CS, TC_L_14_CS).
 */
import type { BlockHost } from '../../block-host.js';
import { claimsExplicitly, supports } from '../../features.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];
export type UpdateStage = 'download' | 'install';

const POLL_MS = 200;

/** Whether the update waits for the transactions before `stage`. */
function waits(host: BlockHost<Faults>, stage: UpdateStage): boolean {
  if (!host.tx.hasTransaction()) return false;
  // Fault firmware-waits-for-transactions: claims C-43 yet waits as a station without it.
  if (supports(host, 'C-43')) return host.faults.has('firmware-waits-for-transactions') && stage === 'download';
  if (host.faults.has('firmware-downloads-during-transaction')) return false;
  return stage === 'install' || !claimsExplicitly(host, 'AQ-7');
}

/** Resolves once no transaction runs (at once when `stage` need not wait): `restore` gives back the EVSEs it made Unavailable; undefined when canceled. */
export async function untilTransactionsEnd(host: BlockHost<Faults>, job: { cancelled: boolean }, report: (status: string) => Promise<unknown>, stage: UpdateStage):
  Promise<{ restore: () => void } | undefined> {
  const nothing = { restore: () => undefined };
  if (!waits(host, stage)) return nothing;
  await report(stage === 'download' ? 'DownloadScheduled' : 'InstallScheduled');
  const blocked: number[] = [];
  const block = () => {
    // Fault firmware-pending-evses-left-available: the free EVSEs stay Available (L01.FR.07).
    // Fault firmware-pending-new-sessions-refused: the free EVSEs set Unavailable although new sessions are allowed.
    const allowNew = host.settings.bool('allowNewSessionsPendingFirmwareUpdate') && !host.faults.has('firmware-pending-new-sessions-refused');
    if (allowNew || host.faults.has('firmware-pending-evses-left-available')) return;
    for (const evse of host.evses.list) {
      if (blocked.includes(evse.id) || host.tx.hasTransaction(evse.id) || !host.evses.isUsable(evse)) continue;
      const plan = host.evses.planAvailability({ evseId: evse.id }, 'Inoperative');
      if (plan.status !== 'Accepted') continue;
      plan.apply();
      blocked.push(evse.id);
    }
  };
  // L01.FR.06: until ALL transactions ended, those started meanwhile too (AllowNewSessionsPendingFirmwareUpdate true);
  // fault firmware-waits-for-first-transaction-only: only those ongoing now.
  const first = host.evses.list.map((e) => e.id).filter((id) => host.tx.hasTransaction(id));
  const ongoing = () => (host.faults.has('firmware-waits-for-first-transaction-only') ? first.some((id) => host.tx.hasTransaction(id)) : host.tx.hasTransaction());
  block();
  while (ongoing()) {
    if (!(await host.timers.delay(undefined, POLL_MS)) || job.cancelled) return undefined;
    block();
  }
  block();
  return { restore: () => { for (const id of blocked.splice(0)) host.evses.planAvailability({ evseId: id }, 'Operative').apply(); } };
}
