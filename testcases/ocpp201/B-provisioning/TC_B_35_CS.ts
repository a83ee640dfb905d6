import { cv, setVariablesNegative } from './steps.cs.js';

export const TC_B_35_CS = setVariablesNegative('TC_B_35_CS', 'Set Variables - Unknown component', 'B05.FR.04',
  cv('UnknownComponent', 'OfflineThreshold'), 'UnknownComponent', 'setvariables-unknown-accepted');
