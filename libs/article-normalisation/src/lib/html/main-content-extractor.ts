import type { AnyNode, Document, Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { BLOCK_TAGS, blockLines, isTag, linkDensity, textLength, textOf } from './dom-text';

const { findAll, removeElement } = DomUtils;

export interface MainContent {
  /** Main-text blocks in order, one line each (paragraphs, subheadings, list items). */
  blocks: string[];
  /** Link lists and widgets found inside the main container and dropped. */
  droppedBlocks: string[];
}

// Never story text.
const JUNK_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'footer',
  'aside',
  'header',
  'figure',
  'figcaption',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'map',
  'dialog',
  'link',
  'meta',
  'title',
  'head',
]);
// Class/id words of page furniture in WordPress-like themes. Matched against whole class
// tokens or their dash/underscore-separated parts.
const NEGATIVE =
  /^(?:nav|navbar|menu|breadcrumbs?|share|sharing|sharedaddy|social|related|relatedposts|yarpp|comments?|respond|sidebar|widget|widgets|footer|tags?|tagcloud|newsletter|subscribe|ads?|advert|advertisement|banner|promo|popup|modal|cookie|cookies|pagination|pager|byline|meta|author|bio|print|rating|hidden|sponsor|sponsored|outbrain|taboola|ticker|breaking|trending|most|popular|topbar|masthead|header|toolbar|search|login|signup|caption|gallery|video|player)$/i;
const POSITIVE = /^(?:content|entry|article|post|story|text|body|main|single|news|details|detail|blog|td|itemprop)$/i;

/**
 * Readability-style main-text detection on a parsed page: drop furniture, score blocks
 * by Arabic text length and commas against link density, take the best container and
 * its strong siblings, and return its text as lines.
 */
export function extractMainContent(doc: Document): MainContent {
  const root = findAll((e) => e.name === 'body', doc.children)[0] ?? doc;
  stripJunk(root);
  const scores = scoreContainers(root);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  const droppedBlocks: string[] = [];
  const skip = (el: Element): boolean => {
    if (el.name !== 'ul' && el.name !== 'ol' && el.name !== 'div' && el.name !== 'section' && el.name !== 'table') return false;
    const length = textLength(el);
    // A list or box of links inside the story: related posts, tag clouds, share bars.
    if (linkDensity(el) > 0.5 && length < 1500) {
      droppedBlocks.push(...blockLines(el));
      return true;
    }
    return false;
  };
  if (!best) return { blocks: blockLines(root, skip), droppedBlocks };
  const blocks: string[] = [];
  for (const node of withStrongSiblings(best, scores, bestScore)) blocks.push(...blockLines(node, skip));
  return { blocks, droppedBlocks };
}

function stripJunk(root: AnyNode): void {
  if (!isTag(root) && root.type !== 'root') return;
  const totalParagraphs = countParagraphText(root);
  const doomed: Element[] = [];
  const walk = (node: AnyNode): void => {
    if (!isTag(node)) {
      if (node.type === 'comment' || node.type === 'directive') doomed.push(node as unknown as Element);
      else if ('children' in node) for (const c of (node as Document).children) walk(c);
      return;
    }
    if (JUNK_TAGS.has(node.name) || isHidden(node) || (isFurniture(node) && countParagraphText(node) < totalParagraphs * 0.4)) {
      doomed.push(node);
      return;
    }
    for (const c of node.children) walk(c);
  };
  walk(root);
  for (const el of doomed) removeElement(el);
}

function isHidden(el: Element): boolean {
  if (el.attribs['hidden'] !== undefined || el.attribs['aria-hidden'] === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs['style'] ?? '');
}

function classTokens(el: Element): string[] {
  return `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.split(/\s+/).filter(Boolean);
}

/** Furniture by class or id, unless the same element also says it is content. */
function isFurniture(el: Element): boolean {
  const tokens = classTokens(el);
  if (tokens.length === 0) return false;
  const parts = tokens.flatMap((t) => t.split(/[-_]/)).filter(Boolean);
  const negative = parts.some((p) => NEGATIVE.test(p));
  const positive = tokens.some((t) => /(?:^|[-_])(?:entry-content|post-content|article-body|article-content|story-body|the-content|news-body)$/i.test(t));
  return negative && !positive;
}

function classWeight(el: Element): number {
  const parts = classTokens(el).flatMap((t) => t.split(/[-_]/));
  let weight = 0;
  if (parts.some((p) => POSITIVE.test(p))) weight += 25;
  if (parts.some((p) => NEGATIVE.test(p))) weight -= 25;
  return weight;
}

function countParagraphText(node: AnyNode): number {
  let total = 0;
  const walk = (n: AnyNode): void => {
    if (!isTag(n)) {
      if ('children' in n) for (const c of (n as Document).children) walk(c);
      return;
    }
    if (n.name === 'p') total += textLength(n);
    else for (const c of n.children) walk(c);
  };
  walk(node);
  return total;
}

/**
 * Readability's scoring: each paragraph feeds its parent fully and its grandparent by half.
 * A block holding only inline content (a <div> used as a paragraph, a <font> run with
 * <br>s) is a paragraph too. Text written straight into a container that also holds
 * blocks (legacy <td> layouts) makes that container the paragraph's home.
 */
function scoreContainers(root: AnyNode): Map<Element, number> {
  const raw = new Map<Element, number>();
  const credit = (el: Element | null, score: number) => {
    if (el) raw.set(el, (raw.get(el) ?? initialScore(el)) + score);
  };
  const parentOf = (el: Element): Element | null => (el.parent && isTag(el.parent) ? el.parent : null);
  const children = isTag(root) ? root.children : (root as Document).children;
  for (const el of findAll((e) => e.name !== 'a' && (e.name === 'p' || e.name === 'pre' || hasDirectText(e)), children)) {
    const paragraph = el.name === 'p' || el.name === 'pre' || !hasBlockChild(el);
    const normalised = (paragraph ? textOf(el) : directText(el)).replace(/\s+/g, ' ').trim();
    if (normalised.length < 25) continue;
    const arabic = (normalised.match(/[\u0621-\u064A]/g) ?? []).length;
    const score = 1 + (normalised.match(/[،,]/g) ?? []).length + Math.min(3, Math.floor(arabic / 100));
    const home = paragraph ? parentOf(el) : el;
    credit(home, score);
    if (home) credit(parentOf(home), score / 2);
  }
  const scores = new Map<Element, number>();
  for (const [el, score] of raw) scores.set(el, score * (1 - linkDensity(el)));
  return scores;
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isTag(c) && BLOCK_TAGS.has(c.name));
}

function directText(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : '')).join(' ');
}

function initialScore(el: Element): number {
  const base = el.name === 'article' ? 10 : el.name === 'div' || el.name === 'section' || el.name === 'main' ? 5 : el.name === 'blockquote' || el.name === 'td' ? 3 : 0;
  return base + classWeight(el);
}

function hasDirectText(el: Element): boolean {
  return el.children.some((c) => c.type === 'text' && c.data.trim().length >= 25);
}

/** The best node plus siblings that score close to it (stories split across wrappers). */
function withStrongSiblings(best: Element, scores: Map<Element, number>, bestScore: number): AnyNode[] {
  const parent = best.parent;
  if (!parent || !('children' in parent)) return [best];
  const threshold = Math.max(10, bestScore * 0.2);
  const out: AnyNode[] = [];
  for (const sibling of (parent as Element).children) {
    if (sibling === best) out.push(sibling);
    else if (isTag(sibling) && (scores.get(sibling) ?? 0) >= threshold) out.push(sibling);
    else if (isTag(sibling) && sibling.name === 'p' && linkDensity(sibling) < 0.25 && textLength(sibling) > 80) out.push(sibling);
  }
  return out;
}
