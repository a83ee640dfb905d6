/**
 * What the rest of the station may read of O Display Messages: how many messages are configured
 * (DisplayMessageCtrlr.DisplayMessages of the device model), per station, registered by the block.
 */
const counts = new WeakMap<object, () => number>();

/** The limit of configured messages (DisplayMessageCtrlr.DisplayMessages maxLimit; 002.FR.11: beyond it Rejected). */
export const MAX_DISPLAY_MESSAGES = 10;

/** The formats and priorities the reference station supports (DisplayMessageCtrlr.SupportedFormats / SupportedPriorities). */
export const SUPPORTED_FORMATS = ['ASCII', 'UTF8'] as const;
export const SUPPORTED_PRIORITIES = ['AlwaysFront', 'InFront', 'NormalCycle'] as const;

export function registerDisplayCount(station: object, count: () => number): void {
  counts.set(station, count);
}

/** The number of messages configured on `station` (0 before the block registered). */
export function displayMessageCount(station: object): number {
  return counts.get(station)?.() ?? 0;
}
