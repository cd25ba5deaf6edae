import type { AnyNode, Document, Element, Text } from 'domhandler';

// Own type guards: htmlparser2 is the one runtime dependency; domhandler is used for types.
export function isTag(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: AnyNode): node is Text {
  return node.type === 'text';
}

export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'header',
  'footer',
  'nav',
  'aside',
  'address',
  'hr',
  'center',
  'form',
]);

/** All text under a node, entities decoded, whitespace as found. */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (node.type === 'root') return (node as Document).children.map(textOf).join('');
  if (!isTag(node)) return '';
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}

/** Length of visible text under a node, ignoring whitespace. */
export function textLength(node: AnyNode): number {
  return textOf(node).replace(/\s+/g, '').length;
}

/** Share of a node's text that sits inside links: high for menus and related-post lists. */
export function linkDensity(node: Element): number {
  const total = textLength(node);
  if (total === 0) return 0;
  let linked = 0;
  const walk = (n: AnyNode): void => {
    if (!isTag(n)) return;
    if (n.name === 'a') linked += textLength(n);
    else for (const c of n.children) walk(c);
  };
  walk(node);
  return linked / total;
}

/**
 * The node's text as lines: block elements and <br> break lines, inline elements do not.
 * Each line is whitespace-collapsed and trimmed; empty lines are dropped.
 */
export function blockLines(node: AnyNode, skip?: (el: Element) => boolean): string[] {
  const lines: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const line = buffer.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    buffer = '';
  };
  const walk = (n: AnyNode): void => {
    if (isText(n)) {
      buffer += n.data;
      return;
    }
    if (!isTag(n)) {
      if (n.type === 'root') for (const c of (n as Document).children) walk(c);
      return;
    }
    if (skip?.(n)) return;
    if (n.name === 'br') return flush();
    const block = BLOCK_TAGS.has(n.name);
    if (block) flush();
    for (const c of n.children) walk(c);
    if (block) flush();
  };
  walk(node);
  flush();
  return lines;
}
