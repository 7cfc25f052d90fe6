import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byteLength, gzipSize } from './built-site.ts';

/** Bytes as stored and after gzip level 9. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What a built page makes a reader download before any interaction, by kind. */
export interface PageWeight {
  /** The HTML document, inline styles and scripts included. */
  html: Bytes;
  /** External stylesheets. */
  css: Bytes;
  /** Inline and external scripts (inline scripts are also counted in `html`). */
  js: Bytes;
  /** The files fetched besides the document, as site paths. */
  assets: string[];
  /** Scripts that block rendering: classic `<script src>` without `defer`/`async`, or classic inline scripts. */
  blockingScripts: number;
}

/** The scripts and stylesheets an HTML page references. */
export interface PageResources {
  inlineScripts: string[];
  scriptSrcs: string[];
  blockingScripts: number;
  inlineStyles: string[];
  stylesheetHrefs: string[];
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined) ?? (new RegExp(`\\s${name}(?=[\\s>/])`, 'i').test(tag) ? '' : undefined);

/** The scripts and stylesheets in built HTML (Astro's output: well-formed, no scripts inside comments). */
export function resourcesOf(html: string): PageResources {
  const resources: PageResources = { inlineScripts: [], scriptSrcs: [], blockingScripts: 0, inlineStyles: [], stylesheetHrefs: [] };
  for (const [, open, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    const type = attribute(open!, 'type')?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue; // JSON-LD, templates
    const src = attribute(open!, 'src');
    const deferred =
      type === 'module' || attribute(open!, 'defer') !== undefined || (src !== undefined && attribute(open!, 'async') !== undefined);
    if (!deferred) resources.blockingScripts++;
    if (src !== undefined) resources.scriptSrcs.push(src);
    else resources.inlineScripts.push(body!);
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) resources.inlineStyles.push(body!);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (attribute(tag, 'rel')?.toLowerCase().split(/\s+/).includes('stylesheet')) {
      const href = attribute(tag, 'href');
      if (href) resources.stylesheetHrefs.push(href);
    }
  }
  return resources;
}

/** Sums raw and gzip bytes of several files or snippets (each compressed on its own, as served). */
export function sumBytes(contents: string[]): Bytes {
  return contents.reduce((total, content) => ({ raw: total.raw + byteLength(content), gzip: total.gzip + gzipSize(content) }), {
    raw: 0,
    gzip: 0,
  });
}

/** The modules a module script imports statically (`import{a}from"./x.js"`, `import"./y.js"`); `import()` loads later and is left out. */
export function staticImportsOf(js: string): string[] {
  return [...js.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map((match) => match[1] ?? '');
}

/** The download weight of a built page; `pagePath` is its URL path, for resolving relative references. */
export function pageWeight(dir: string, file: string, pagePath: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const resources = resourcesOf(html);
  const local = (reference: string) => new URL(reference, new URL(pagePath, 'http://site.invalid')).pathname;
  const read = (reference: string) => readFileSync(join(dir, decodeURIComponent(local(reference))), 'utf8');
  // Module scripts and, transitively, the chunks they import statically: the browser fetches them all at once.
  const scriptPaths: string[] = [];
  const scripts: string[] = [];
  const visit = (reference: string, from: string) => {
    const path = new URL(reference, new URL(from, 'http://site.invalid')).pathname;
    if (scriptPaths.includes(path)) return;
    scriptPaths.push(path);
    const js = read(path);
    scripts.push(js);
    for (const imported of staticImportsOf(js)) visit(imported, path);
  };
  for (const src of resources.scriptSrcs) visit(src, pagePath);
  const stylesheets = resources.stylesheetHrefs.map(read);
  const inlineJs = sumBytes(resources.inlineScripts);
  const externalJs = sumBytes(scripts);
  return {
    html: sumBytes([html]),
    css: sumBytes(stylesheets),
    js: { raw: inlineJs.raw + externalJs.raw, gzip: inlineJs.gzip + externalJs.gzip },
    assets: [...resources.stylesheetHrefs.map(local), ...scriptPaths],
    blockingScripts: resources.blockingScripts,
  };
}
