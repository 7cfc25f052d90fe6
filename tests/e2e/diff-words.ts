import type { Locator } from '@playwright/test';

/** The words inside a diff's <ins> or <del> elements, without their hidden "added:"/"removed:" label. */
export async function changedWords(scope: Locator, tag: 'ins' | 'del'): Promise<string[]> {
  return scope.locator(tag).evaluateAll((elements) =>
    elements.map((element) =>
      [...element.childNodes]
        .filter((node) => !(node instanceof Element && node.classList.contains('sr-only')))
        .map((node) => node.textContent)
        .join('')
        .trim(),
    ),
  );
}
