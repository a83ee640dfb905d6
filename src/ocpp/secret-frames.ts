/**
 * Frames can carry credentials: a 2.0.1 SetVariables of SecurityCtrlr.BasicAuthPassword, a 1.6
 * ChangeConfiguration of AuthorizationKey. Recorded frames keep their shape with the value masked,
 * so no password reaches a journal or a report.
 */
const SECRET_VARIABLES = new Set(['BasicAuthPassword', 'AuthorizationKey']);
export const MASK = '********';

function maskNode(node: unknown): boolean {
  if (Array.isArray(node)) return node.map(maskNode).some(Boolean);
  if (!node || typeof node !== 'object') return false;
  const o = node as Record<string, unknown>;
  let changed = false;
  const variable = (o.variable as { name?: unknown } | undefined)?.name;
  if (typeof variable === 'string' && SECRET_VARIABLES.has(variable) && typeof o.attributeValue === 'string') {
    o.attributeValue = MASK;
    changed = true;
  }
  if (typeof o.key === 'string' && SECRET_VARIABLES.has(o.key) && typeof o.value === 'string') {
    o.value = MASK;
    changed = true;
  }
  for (const v of Object.values(o)) if (maskNode(v)) changed = true;
  return changed;
}

/** The frame text with secret values masked (unchanged when it carries none). */
export function maskSecretValues(raw: string): string {
  if (!raw.includes('BasicAuthPassword') && !raw.includes('AuthorizationKey')) return raw;
  try {
    const data = JSON.parse(raw) as unknown;
    return maskNode(data) ? JSON.stringify(data) : raw;
  } catch {
    return raw;
  }
}
