import { parseDocument } from 'htmlparser2';

/** A minimal element tree: names lower-cased, namespace prefixes kept (`news:title`). */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

interface DomLike {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomLike[];
  data?: string;
}

/** Parses XML leniently (real feeds are often not well-formed) into a small tree. */
export function parseXml(xml: string): XmlNode {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeCDATA: true }) as unknown as DomLike;
  return convert(doc, 'root');
}

function convert(node: DomLike, name: string): XmlNode {
  const children: XmlNode[] = [];
  let text = '';
  for (const child of node.children ?? []) {
    if (child.type === 'text') text += child.data ?? '';
    else if (child.type === 'cdata') text += (child.children ?? []).map((c) => c.data ?? '').join('');
    else if (child.type === 'tag' || child.type === 'script' || child.type === 'style') children.push(convert(child, (child.name ?? '').toLowerCase()));
  }
  return { name, attrs: node.attribs ?? {}, children, text };
}

export function child(node: XmlNode, ...names: string[]): XmlNode | undefined {
  return node.children.find((c) => names.includes(c.name));
}

export function childrenNamed(node: XmlNode, ...names: string[]): XmlNode[] {
  return node.children.filter((c) => names.includes(c.name));
}

export function textOf(node: XmlNode | undefined): string | null {
  const t = node?.text.trim();
  return t ? t : null;
}

/** Depth-first search, for documents whose root is wrapped oddly (rdf:RDF, BOMs, comments). */
export function findFirst(node: XmlNode, ...names: string[]): XmlNode | undefined {
  for (const c of node.children) {
    if (names.includes(c.name)) return c;
    const deeper = findFirst(c, ...names);
    if (deeper) return deeper;
  }
  return undefined;
}
