/**
 * Where a selection made in a shown paragraph stands in that paragraph's text. The paragraph
 * element holds the paragraph's text and nothing else (text nodes, a <mark> around the date
 * phrase), so the characters before the selection in it are its offset; it names its article
 * and paragraph in data-article and data-paragraph.
 */
import { trimPassage, type PickedPassage } from '../model/passage.ts';

function paragraphOf(node: Node, within: Element): HTMLElement | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const paragraph = element?.closest<HTMLElement>('[data-paragraph]') ?? null;
  return paragraph && within.contains(paragraph) ? paragraph : null;
}

function offsetIn(container: Node, node: Node, offset: number): number {
  const range = container.ownerDocument!.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The passage selected inside one paragraph of `within`, else null (nothing selected, or across paragraphs). */
export function selectedPassage(selection: Selection | null, within: Element): PickedPassage | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const paragraph = paragraphOf(range.startContainer, within);
  if (!paragraph || paragraphOf(range.endContainer, within) !== paragraph) return null;
  const text = paragraph.textContent ?? '';
  const span = trimPassage(text, offsetIn(paragraph, range.startContainer, range.startOffset), offsetIn(paragraph, range.endContainer, range.endOffset));
  const article = paragraph.dataset.article;
  const index = Number(paragraph.dataset.paragraph);
  if (!span || !article || !Number.isInteger(index)) return null;
  return { article, paragraph: index, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}
