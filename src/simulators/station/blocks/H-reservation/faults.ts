/** H Reservation: the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'reservation-not-persistent', versions: V201, requirement: 'B01.FR.13/B11.FR.05 (Reserved persists across reboot)',
    description: 'Forgets the reservation of an EVSE when it reboots: its connectors come back Available.' },
]);
