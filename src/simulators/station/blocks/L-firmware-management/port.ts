/**
 * What the rest of the station may read of L's firmware update: the update running now and the status last
 * reported for it (L01.FR.26: a triggered FirmwareStatusNotification repeats it), per station, registered by the block.
 */
export interface UpdateNow {
  status: string;
  requestId: number;
}

const updates = new WeakMap<object, () => UpdateNow | undefined>();

export function registerFirmwareUpdate(station: object, now: () => UpdateNow | undefined): void {
  updates.set(station, now);
}

/** The update `station` is busy with (its last status not Installed), if any. */
export function firmwareUpdateNow(station: object): UpdateNow | undefined {
  return updates.get(station)?.();
}
