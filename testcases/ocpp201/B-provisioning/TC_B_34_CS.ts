import { OFFLINE_THRESHOLD, getVariablesNegative } from './steps.cs.js';

export const TC_B_34_CS = getVariablesNegative('TC_B_34_CS', 'Get Variables - Not supported attribute type', 'B06.FR.08',
  { ...OFFLINE_THRESHOLD, attributeType: 'Target' }, 'NotSupportedAttributeType');
