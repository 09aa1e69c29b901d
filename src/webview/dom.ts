// DOM building for the webviews (the panel and the folder report). Text goes in through textContent only, never
// innerHTML, so markup in an article shows as words.

/** Creates an element with classes, attributes and text: el('span', { cls: 'muted', text: '3 quotes' }). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { cls?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.cls) node.className = props.cls;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const c of children) if (c) node.appendChild(c);
  return node;
}
