import { cv, getVariablesNegative } from './steps.cs.js';

export const TC_B_32_CS = getVariablesNegative('TC_B_32_CS', 'Get Variables - Unknown component', 'B06.FR.06',
  cv('UnknownComponent', 'OfflineThreshold'), 'UnknownComponent');
