/**
 * What the other blocks may use of G Availability: the EVSE model (state, availability, status reporting).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { ConnectorState, EvseState, OperationalStatus } from '../../ports.js';

/** The EVSE model (evse.ts). */
export interface EvsePort {
  readonly list: EvseState[];
  stationAvailability: OperationalStatus;
  /** A Reset with evseId is pending: statuses wait for it. */
  resetPending: boolean;
  get(id: number): EvseState | undefined;
  isUsable(evse: EvseState): boolean;
  isInoperative(evse: EvseState, connectorId?: number): boolean;
  statusOf(evse: EvseState, connector: ConnectorState): string;
  /** The station's own status (1.6 connectorId 0). */
  stationStatus(): string;
  statusPayload(evseId: number, connectorId: number, status: string): Payload;
  report(evse: EvseState): void;
  reportAll(options?: { force?: boolean; ignoreInFlight?: boolean }): void;
  reportChanged(): void;
  forgetReported(): void;
  transactionEnded(evseId: number): void;
  planAvailability(target: { evseId?: number; connectorId?: number }, status: OperationalStatus): AvailabilityPlan;
  /** Calls `listener` when a reserved EVSE has become Inoperative or Faulted and reported so (H01.FR.16-17: H cancels the reservation). */
  onReservedUnusable(listener: (evse: EvseState) => void): void;
}

/** A ChangeAvailability decided: the answer, and the change to make once answered. */
export interface AvailabilityPlan {
  status: 'Accepted' | 'Scheduled' | 'Rejected';
  apply: () => void;
}
