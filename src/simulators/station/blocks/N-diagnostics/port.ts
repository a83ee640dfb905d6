/**
 * What the rest of the station may read of N's log upload: the upload running now and the status last
 * reported for it (F06.FR.14: a triggered LogStatusNotification reports it), per station, registered by the block.
 */
export interface TransferNow {
  status: string;
  requestId: number;
}

const uploads = new WeakMap<object, () => TransferNow | undefined>();

export function registerLogUpload(station: object, now: () => TransferNow | undefined): void {
  uploads.set(station, now);
}

/** The upload `station` is busy with, if any. */
export function logUploadNow(station: object): TransferNow | undefined {
  return uploads.get(station)?.();
}
