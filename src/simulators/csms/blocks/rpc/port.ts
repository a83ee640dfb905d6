/** OCPP-J and text from the peer: what every block may use of rpc (its shared faults and the markup of `hostile-strings`). */
import type { FAULTS } from './faults.js';

export type RpcFaultName = (typeof FAULTS)[number]['name'];

/** Markup the `hostile-strings` fault puts in free-text fields. */
export const HOSTILE_TEXT = '<script>alert(1)</script>';
