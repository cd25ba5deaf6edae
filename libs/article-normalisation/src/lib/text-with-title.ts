/**
 * The text incidents are extracted from and shown with: the headline often carries the
 * main fact (who hit what), so it leads the body unless the body already starts with it.
 * Evidence offsets index this string.
 */
export function textWithTitle(title: string | null, text: string): string {
  if (!title) return text;
  return text.startsWith(title) ? text : `${title}\n${text}`;
}
