// Marks the words a search hit matched on the page it opened, then drops them from
// the address so that a copied or reloaded link is clean. No cookies, no storage.
import { highlightWordsFrom, wholeWordPattern } from '~/lib/search/search';

/** Wraps each match of `?highlight=` words inside the indexed policy text in `<mark>`. */
export function enhance(): void {
  const pattern = wholeWordPattern(highlightWordsFrom(location.search));
  const body = document.querySelector('[data-pagefind-body]') ?? document.querySelector('.policy-text');
  if (pattern && body) {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const textNodes: Text[] = [];
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (!node.parentElement?.closest('[data-pagefind-ignore], script, style')) textNodes.push(node);
    }
    for (const node of textNodes) markMatches(node, pattern);
  }
  const url = new URL(location.href);
  url.searchParams.delete('highlight');
  history.replaceState(history.state, '', url);
}

function markMatches(node: Text, pattern: RegExp): void {
  const text = node.data;
  const parts: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    parts.push(document.createTextNode(text.slice(last, start)));
    const mark = document.createElement('mark');
    mark.className = 'search-highlight';
    mark.textContent = match[0];
    parts.push(mark);
    last = start + match[0].length;
  }
  if (parts.length === 0) return;
  parts.push(document.createTextNode(text.slice(last)));
  node.replaceWith(...parts);
}
