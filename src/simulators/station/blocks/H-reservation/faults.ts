/** H Reservation: the reference charging station's switchable faults of this block (none yet; B's reboot keeps reservations, fault reservation-not-persistent). */
import { defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', []);
