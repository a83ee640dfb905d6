import { OFFLINE_THRESHOLD, setVariablesNegative } from './steps.cs.js';

export const TC_B_37_CS = setVariablesNegative('TC_B_37_CS', 'Set Variables - Not supported attribute type', 'B05.FR.06',
  { ...OFFLINE_THRESHOLD, attributeType: 'Target' }, 'NotSupportedAttributeType', 'setvariables-unknown-accepted');
