/**
 * The `<Configured ...>` defaults as the cases see them: the config's resolution (src/config/configured.ts)
 * is the one place a default is read from the table, and the kit reaches it only through the engine.
 */
export { configuredDefault } from '../config/configured.js';
