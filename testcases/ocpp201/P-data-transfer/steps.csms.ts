export { CUSTOM_DATA, NOT_IMPLEMENTED_STATUSES, OCTT_VENDOR_ID, UNUSED_MESSAGE_ID } from './steps.cs.js';

/** Every JSON class carries an optional customData a recipient accepts (Part 4 9, Part 2 1.x note 2): what a CALLERROR to it breaks. */
export const CUSTOM_DATA_REQUIREMENT = 'OCPP-J 9 (CustomData extension)';
