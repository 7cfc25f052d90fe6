// The controls beside each section heading: copy the section's link, and a dialog with the
// section's link in this version and a ready citation. Loaded when the reader points at or
// focuses a control (on-demand.ts), which hands this module the control they activated.
// Without it, both controls are plain links: to the section, and to it in this version.
import { browserTranslations } from '~/i18n/browser';
import { citationText } from '~/lib/versions/citation';
import stylesheet from '~/styles/section-controls.css?url&no-inline';
import { loadStylesheet } from './stylesheet';

const say = browserTranslations(document.documentElement.lang);
const styled = loadStylesheet(stylesheet);
let hideTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Copies the section's full URL, without following the link: the page stays where it is,
 * no history entry is added and focus stays on the control. The control shows a tick and
 * the live region says so; when the clipboard refuses, a line under the heading says so
 * and holds the link, selected, to copy by hand.
 */
export function copyLink(link: HTMLAnchorElement): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  const copied = navigator.clipboard ? navigator.clipboard.writeText(link.href) : Promise.reject(new Error('no clipboard'));
  copied.then(
    () => {
      link.dataset['copied'] = '';
      if (status) status.textContent = say('heading.linkCopied');
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => {
        delete link.dataset['copied'];
        if (status) status.textContent = '';
      }, 2500);
    },
    () => void styled.then(() => showLinkToCopy(link)),
  );
}

/** The line under a heading that says the link could not be copied and holds it, selected. */
function showLinkToCopy(link: HTMLAnchorElement): void {
  const row = link.closest('.section-heading');
  if (!row) return;
  let line =
    row.nextElementSibling instanceof HTMLElement && row.nextElementSibling.matches('.copy-fallback') ? row.nextElementSibling : null;
  if (!line) {
    line = document.createElement('p');
    line.className = 'copy-fallback';
    line.setAttribute('role', 'alert');
    row.after(line);
  }
  const field = Object.assign(document.createElement('input'), { readOnly: true, value: link.href, type: 'text' });
  field.setAttribute('aria-label', say('heading.copyFailed'));
  line.replaceChildren(say('heading.copyFailed'), ' ', field);
  field.focus();
  field.select();
}

let dialog: CitationDialog | undefined;

/** Opens the citation dialog for the section whose citation control is `control`. */
export async function openCitation(control: HTMLAnchorElement): Promise<void> {
  const id = control.hash.slice(1);
  const heading = document.getElementById(id);
  if (!heading) return location.assign(control.href);
  await styled;
  dialog ??= citationDialog();
  const page = dialog.page;
  const headingText = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
  const url = `${page['url'] ?? ''}#${id}`;
  dialog.title.textContent = say('cite.title', { heading: headingText });
  dialog.link.value = url;
  dialog.text.value = citationText(
    { template: say('cite.template'), section: say('cite.section'), sectionUnnumbered: say('cite.sectionUnnumbered') },
    {
      company: say('site.name'),
      title: page['title'] ?? '',
      version: page['version'] ?? '',
      updated: page['updated'] ?? '',
      heading: headingText,
      url,
    },
  );
  dialog.status.textContent = '';
  dialog.element.showModal();
}

interface CitationDialog {
  element: HTMLDialogElement;
  /** The facts a citation states, from the citation controls' shared label (SectionControls.astro). */
  page: DOMStringMap;
  title: HTMLElement;
  link: HTMLInputElement;
  text: HTMLTextAreaElement;
  status: HTMLElement;
}

/** Builds the page's one citation dialog: a heading, the hint, the link and the citation, each with a copy button. */
function citationDialog(): CitationDialog {
  const page = document.getElementById('cite-label')?.dataset ?? {};
  const title = make('h2', { id: 'cite-dialog-title' }, say('cite.heading'));
  const link = make('input', { id: 'cite-link', readOnly: true });
  const text = make('textarea', { id: 'cite-text', readOnly: true, rows: 4 });
  const status = make('p');
  status.setAttribute('role', 'status');
  const copyButton = (field: HTMLInputElement | HTMLTextAreaElement, label: string) => {
    const button = make('button', { type: 'button' }, label);
    button.addEventListener('click', () => {
      field.select();
      navigator.clipboard?.writeText(field.value).then(
        () => (status.textContent = say('cite.copied')),
        () => undefined,
      );
    });
    return button;
  };
  const hint = say(page['permanent'] === undefined ? 'cite.hintCurrent' : 'cite.hintPermanent', { version: page['version'] ?? '' });
  const element = make(
    'dialog',
    { className: 'cite-dialog' },
    title,
    make('p', {}, hint),
    make('label', { htmlFor: 'cite-link' }, say('cite.link')),
    link,
    copyButton(link, say('cite.copyLink')),
    make('label', { htmlFor: 'cite-text' }, say('cite.text')),
    text,
    copyButton(text, say('cite.copyText')),
    status,
    make('form', { method: 'dialog' }, make('button', {}, say('cite.close'))),
  );
  element.setAttribute('aria-labelledby', title.id);
  document.body.append(element);
  return { element, page, title, link, text, status };
}

/** A new element with these properties and children. */
function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), properties);
  element.append(...children);
  return element;
}
