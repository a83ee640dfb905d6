import type { Ics } from '../domain/ics.js';

/** How many connectors the ICS declares, over all EVSEs. */
export function connectorCount(ics: Ics): number {
  return ics.evses.reduce((n, e) => n + e.connectors, 0);
}
