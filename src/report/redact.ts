/**
 * Defense in depth for report writers: the engine masks secrets in the config, but a frame,
 * a reason or an ICS field could still carry a private key. Every string that goes into a
 * journal, results.json or the HTML passes through here.
 */
import { PEM_PRIVATE_KEY, REDACTED_PRIVATE_KEY } from '../domain/secrets.js';

export function redactString(text: string): string {
  if (!text.includes('PRIVATE KEY-----')) return text;
  return text.replace(PEM_PRIVATE_KEY, REDACTED_PRIVATE_KEY);
}

/**
 * Returns `value` with every PEM private key block in every string replaced. Copy on write:
 * objects without a secret are returned as they are, so a large clean run costs one walk.
 * Iterative (post-order over an explicit stack): report data holds what the SUT sent, and a
 * hostile SUT may nest it arbitrarily deep.
 */
export function redactSecrets<T>(value: T): T {
  return redactValue(value) as T;
}

type Container = unknown[] | Record<string, unknown>;

interface Frame {
  node: Container;
  keys: Array<string | number>;
  next: number;
  copy: Container | undefined;
}

function redactValue(root: unknown): unknown {
  if (typeof root === 'string') return redactString(root);
  if (typeof root !== 'object' || root === null) return root;
  const open = (node: Container): Frame => ({ node, keys: Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node), next: 0, copy: undefined });
  const stack: Frame[] = [open(root as Container)];
  let result: unknown = root;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next === top.keys.length) {
      stack.pop();
      result = top.copy ?? top.node;
      const parent = stack[stack.length - 1];
      if (parent) settle(parent, result);
      continue;
    }
    const key = top.keys[top.next]!;
    const item = (top.node as Record<string | number, unknown>)[key];
    if (typeof item === 'object' && item !== null) {
      stack.push(open(item as Container));
      continue;
    }
    settle(top, typeof item === 'string' ? redactString(item) : item);
  }
  return result;
}

/** Stores the (possibly redacted) value of the current child of `frame`, copying the container on first change. */
function settle(frame: Frame, value: unknown): void {
  const key = frame.keys[frame.next]!;
  const before = (frame.node as Record<string | number, unknown>)[key];
  if (value !== before) {
    frame.copy ??= Array.isArray(frame.node) ? frame.node.slice() : { ...frame.node };
    (frame.copy as Record<string | number, unknown>)[key] = value;
  }
  frame.next += 1;
}
