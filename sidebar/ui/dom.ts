/**
 * Tiny element builder + in-place patcher. User data (file names, headers, cells) only ever becomes
 * text nodes or attribute values — never HTML — so a payload like <img onerror> stays inert text.
 *
 * Renders patch the existing DOM instead of replacing it: a button the user is pressing (Cancel
 * while the progress bar moves), the focused field and open <details> all survive a re-render.
 */
type Child = Node | string | number | null | undefined | false;
type Handler = (ev: Event) => void;

export interface Props {
  [attr: string]: string | number | boolean | undefined | Handler | Record<string, Handler>;
}

/** Live state h() sets as properties rather than attributes, plus the current event handlers. */
interface Live {
  on: Record<string, Handler>;
  value?: string;
  checked?: boolean;
  selected?: boolean;
}
const LIVE = new WeakMap<Element, Live>();

/** One listener per event type that calls whatever handler the latest render gave the element. */
function listen(el: Element, type: string): void {
  el.addEventListener(type, (ev) => LIVE.get(el)?.on[type]?.(ev));
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  const live: Live = { on: {} };
  LIVE.set(el, live);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'on') {
      for (const [ev, fn] of Object.entries(v as Record<string, Handler>)) {
        live.on[ev] = fn;
        listen(el, ev);
      }
    } else if (k === 'checked' || k === 'selected') {
      live[k] = Boolean(v);
      (el as unknown as Record<string, boolean>)[k] = Boolean(v);
    } else if (k === 'value' && 'value' in el) {
      live.value = String(v ?? '');
      (el as HTMLInputElement).value = live.value;
    } else if (v === undefined || v === false) {
      continue;
    } else if (typeof v !== 'function' && typeof v !== 'object') {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return el;
}

function patchElement(old: Element, next: Element): void {
  for (const a of Array.from(old.attributes)) {
    // A <details> the user opened stays open: `open` belongs to the user, not to the render.
    if (a.name === 'open' && old.tagName === 'DETAILS') continue;
    if (!next.hasAttribute(a.name)) old.removeAttribute(a.name);
  }
  for (const a of Array.from(next.attributes))
    if (old.getAttribute(a.name) !== a.value) old.setAttribute(a.name, a.value);
  const was = LIVE.get(old) ?? { on: {} };
  const now = LIVE.get(next) ?? { on: {} };
  for (const type of Object.keys(now.on)) if (!(type in was.on)) listen(old, type);
  LIVE.set(old, now);
  const o = old as HTMLInputElement & HTMLOptionElement;
  // Never rewrite a field while the user is typing in it; file inputs cannot be set.
  if (
    now.value !== undefined &&
    o.type !== 'file' &&
    document.activeElement !== old &&
    o.value !== now.value
  ) {
    o.value = now.value;
  }
  if (now.checked !== undefined && o.checked !== now.checked) o.checked = now.checked;
  if (now.selected !== undefined && o.selected !== now.selected) o.selected = now.selected;
  patchChildren(old, next);
}

function patchChildren(old: Node, next: Node): void {
  const want = Array.from(next.childNodes);
  const have = Array.from(old.childNodes);
  want.forEach((n, i) => {
    const o = have[i];
    if (!o) old.appendChild(n);
    else patchNode(o, n);
  });
  for (let i = want.length; i < have.length; i++) old.removeChild(have[i]);
}

function patchNode(old: Node, next: Node): void {
  const sameKind =
    old.nodeType === next.nodeType &&
    (old.nodeType !== Node.ELEMENT_NODE ||
      ((old as Element).tagName === (next as Element).tagName &&
        (old as Element).getAttribute('data-key') === (next as Element).getAttribute('data-key') &&
        (old as HTMLInputElement).type === (next as HTMLInputElement).type));
  if (!sameKind) {
    old.parentNode?.replaceChild(next, old);
    return;
  }
  if (old.nodeType === Node.TEXT_NODE) {
    if (old.nodeValue !== next.nodeValue) old.nodeValue = next.nodeValue;
    return;
  }
  patchElement(old as Element, next as Element);
}

/** Renders `next` into `root`, reusing the nodes already there (focus, presses and open details survive). */
export function patchInto(root: HTMLElement, next: Node): void {
  if (root.firstChild && root.childNodes.length === 1) patchNode(root.firstChild, next);
  else root.replaceChildren(next);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
