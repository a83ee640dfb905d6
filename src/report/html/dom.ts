/**
 * The slice of the DOM the report's script (client.ts) uses. The project compiles without lib.dom
 * (it is a Node program), so these types are declared here, for that script only; client.ts
 * declares the globals (document, window, location) with them.
 */
export interface DomTokenList {
  add(...tokens: string[]): void;
  remove(...tokens: string[]): void;
  toggle(token: string, force?: boolean): boolean;
  contains(token: string): boolean;
}
export interface DomEvent {
  readonly target: unknown;
  preventDefault(): void;
}
export type DomChild = DomElement | DomFragment | string;
export interface DomFragment {
  append(...nodes: DomChild[]): void;
}
export interface DomElement {
  className: string;
  textContent: string | null;
  hidden: boolean;
  title: string;
  readonly dataset: Record<string, string | undefined>;
  readonly classList: DomTokenList;
  readonly parentElement: DomElement | null;
  readonly offsetWidth: number;
  append(...nodes: DomChild[]): void;
  remove(): void;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  addEventListener(type: string, listener: (event: DomEvent) => void, options?: { once?: boolean }): void;
  scrollIntoView(options?: { block?: 'start' | 'center'; behavior?: 'smooth' | 'auto' }): void;
}
/** select, input, button and a: the properties used on them. */
export interface DomControl extends DomElement {
  value: string;
  type: string;
  href: string;
}
export interface DomDocument {
  readonly readyState: string;
  getElementById(id: string): DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  createElement(tag: string): DomControl;
  createDocumentFragment(): DomFragment;
  addEventListener(type: string, listener: () => void, options?: { once?: boolean }): void;
}
