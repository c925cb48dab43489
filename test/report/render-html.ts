// Markdown → HTML the way the report tests look at it: marked with GFM tables,
// then a small DOM-free reading of the result.
import { marked } from 'marked';

export function toHtml(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

/** The inner HTML of every `<td>`/`<th>`, per table row. */
export function tableCells(html: string): string[][] {
  const rows: string[][] = [];
  for (const tr of html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
    rows.push(Array.from(tr.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g), (m) => m[1]));
  }
  return rows;
}

/** The text of every `<td>`/`<th>` per table row, tags stripped and entities decoded. */
export function tableRows(html: string): string[][] {
  return tableCells(html).map((row) => row.map((cell) => textOf(cell).trim()));
}

/** Text a reader sees: tags stripped (`<br>` as a line break), entities decoded, nothing trimmed. */
export function textOf(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Tag names in document order, with `/` for closing tags: `['h2', '/h2', 'p', …]`. */
export function tags(html: string): string[] {
  return Array.from(html.matchAll(/<(\/?[a-zA-Z][a-zA-Z0-9]*)/g), (m) => m[1].toLowerCase());
}
