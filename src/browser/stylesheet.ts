const loading = new Map<string, Promise<void>>();

/** Adds the stylesheet at `href` to the page once; resolves when it has loaded (or failed: the feature still works unstyled). */
export function loadStylesheet(href: string): Promise<void> {
  let loaded = loading.get(href);
  if (!loaded) {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    loaded = new Promise<void>((resolve) => {
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => resolve());
    });
    loading.set(href, loaded);
    document.head.append(link);
  }
  return loaded;
}
