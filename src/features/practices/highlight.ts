/** One piece of a search snippet: plain text, or a highlighted hit. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * Splits SharePoint's HitHighlightedSummary (`<c0>hit</c0>`, `<ddd/>` for an ellipsis) into
 * text parts. Nothing in it is ever treated as HTML: every other tag stays literal text.
 */
export function snippetParts(summary: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const text = summary.replace(/<ddd\/>/g, '…');
  const pattern = /<c0>([\s\S]*?)<\/c0>/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), hit: false });
    if (match[1]) parts.push({ text: match[1], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}
