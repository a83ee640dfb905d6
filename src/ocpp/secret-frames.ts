/**
 * Frames can carry credentials: a 2.0.1 SetVariables of SecurityCtrlr.BasicAuthPassword, a 1.6
 * ChangeConfiguration of AuthorizationKey. Recorded frames keep their shape with the value masked,
 * so no password reaches a journal or a report.
 */
import { nestsDeeperThan } from '../rpc/codec.js';
import { SECRET_KEYS, SECRET_VARIABLES as SECRET_VARIABLE_NAMES } from '../domain/secrets.js';

/** Either kind of name, in either place: a 2.x variable or a 1.6 key. */
const SECRET_VARIABLES: ReadonlySet<string> = new Set([...SECRET_VARIABLE_NAMES, ...SECRET_KEYS]);
export const MASK = '********';

/** Masks secret values in place, walking iteratively (a hostile frame may nest deeply). True when it changed something. */
function maskNode(root: unknown): boolean {
  let changed = false;
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) stack.push(item);
      continue;
    }
    const o = node as Record<string, unknown>;
    const variable = (o.variable as { name?: unknown } | undefined)?.name;
    if (typeof variable === 'string' && SECRET_VARIABLES.has(variable) && typeof o.attributeValue === 'string') {
      o.attributeValue = MASK;
      changed = true;
    }
    if (typeof o.key === 'string' && SECRET_VARIABLES.has(o.key) && typeof o.value === 'string') {
      o.value = MASK;
      changed = true;
    }
    for (const v of Object.values(o)) stack.push(v);
  }
  return changed;
}

/** Deeper than any OCPP frame: such a frame is withheld rather than re-serialized (JSON.stringify recurses). */
const MASKABLE_DEPTH = 256;

/** The frame text with secret values masked (unchanged when it carries none). */
export function maskSecretValues(raw: string): string {
  if (![...SECRET_VARIABLES].some((name) => raw.includes(name))) return raw;
  try {
    const data = JSON.parse(raw) as unknown;
    if (nestsDeeperThan(data, MASKABLE_DEPTH)) return `[frame of ${raw.length} characters withheld: it names a secret variable and nests too deep to mask]`;
    return maskNode(data) ? JSON.stringify(data) : raw;
  } catch {
    return raw;
  }
}
