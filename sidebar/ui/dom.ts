/**
 * Tiny element builder. User data (file names, headers, cells) only ever becomes text nodes or
 * attribute values — never HTML — so a payload like <img onerror> stays inert text.
 */
type Child = Node | string | number | null | undefined | false;
type Handler = (ev: Event) => void;

export interface Props {
  [attr: string]: string | number | boolean | undefined | Handler | Record<string, Handler>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === false) continue;
    if (k === 'on') {
      for (const [ev, fn] of Object.entries(v as Record<string, Handler>)) el.addEventListener(ev, fn);
    } else if (k === 'value' && 'value' in el) {
      (el as HTMLInputElement).value = String(v);
    } else if (k === 'checked' || k === 'selected' || k === 'open') {
      (el as unknown as Record<string, boolean>)[k] = Boolean(v);
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

/** Re-renders `root` and puts focus (and caret) back on the control that had it, by data-key. */
export function replaceKeepingFocus(root: HTMLElement, next: Node): void {
  const active = document.activeElement as HTMLElement | null;
  const key = active && root.contains(active) ? active.getAttribute('data-key') : null;
  const openDetails = new Set(
    Array.from(root.querySelectorAll('details[data-key]'))
      .filter((d) => (d as HTMLDetailsElement).open)
      .map((d) => d.getAttribute('data-key')),
  );
  const scroll = document.scrollingElement?.scrollTop ?? 0;
  root.replaceChildren(next);
  for (const d of Array.from(root.querySelectorAll('details[data-key]'))) {
    if (openDetails.has(d.getAttribute('data-key'))) (d as HTMLDetailsElement).open = true;
  }
  if (key) {
    const again = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    again?.focus();
  }
  if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
