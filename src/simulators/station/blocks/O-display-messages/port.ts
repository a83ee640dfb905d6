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

/** The Part 5 feature (UI-1) that claims each priority: a station configured without one answers it NotSupportedPriority (O02.FR.03). */
const PRIORITY_FEATURES: Readonly<Record<(typeof SUPPORTED_PRIORITIES)[number], string>> = { AlwaysFront: 'UI-1.1', InFront: 'UI-1.2', NormalCycle: 'UI-1.3' };

/** The priorities a station claiming `features` supports (no claim list: all of them). */
export function priorityClaimed(priority: string, features: readonly string[] | undefined): boolean {
  const feature = (PRIORITY_FEATURES as Record<string, string | undefined>)[priority];
  return feature !== undefined && (features === undefined || features.includes(feature));
}

/**
 * Part 5 has no feature for the message states (O02.FR.04 lets a station lack one; TC_O_36/37/38_CS make Charging,
 * Idle and Unavailable mandatory): the harness's own ICS feature LACKS_STATE claims that the station lacks one,
 * <Configured unsupported_display_message_state> (Faulted by default). The reference station so claiming lacks Faulted.
 */
export const LACKS_STATE = 'LacksDisplayMessageState';
export const STATE_LACKED = 'Faulted';

/** Whether a station claiming `features` supports message state `state`. */
export const stateClaimed = (state: string, features: readonly string[] | undefined): boolean =>
  !(state === STATE_LACKED && (features ?? []).includes(LACKS_STATE));

export function registerDisplayCount(station: object, count: () => number): void {
  counts.set(station, count);
}

/** The number of messages configured on `station` (0 before the block registered). */
export function displayMessageCount(station: object): number {
  return counts.get(station)?.() ?? 0;
}
