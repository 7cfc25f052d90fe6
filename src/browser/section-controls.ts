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
  link: HTMLTextAreaElement;
  text: HTMLTextAreaElement;
  status: HTMLElement;
}

/** Text made safe to place in HTML, as content or as an attribute's value. */
const html = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The dialog's markup: a heading, the hint, the link and the citation, each with a copy button
 * in the site's button look (src/styles/button.css, which section-controls.css brings).
 * It lives here rather than as a <template> in the page, so that it costs the first view nothing.
 * The link is a text area, like the citation, so that a long address wraps and stays readable on a phone.
 */
function citationMarkup(hint: string): string {
  return `<dialog class="cite-dialog" aria-labelledby="cite-dialog-title">
<h2 id="cite-dialog-title">${html(say('cite.heading'))}</h2>
<p>${html(hint)}</p>
<label for="cite-link">${html(say('cite.link'))}</label>
<textarea id="cite-link" class="cite-url" readonly rows="2" spellcheck="false"></textarea>
<button type="button" class="button" data-copy="cite-link">${html(say('cite.copyLink'))}</button>
<label for="cite-text">${html(say('cite.text'))}</label>
<textarea id="cite-text" readonly rows="4"></textarea>
<button type="button" class="button" data-copy="cite-text">${html(say('cite.copyText'))}</button>
<p role="status"></p>
<form method="dialog"><button class="button">${html(say('cite.close'))}</button></form>
</dialog>`;
}

/** Builds the page's one citation dialog from its markup, and makes its copy buttons work. */
function citationDialog(): CitationDialog {
  const page = document.getElementById('cite-label')?.dataset ?? {};
  const hint = say(page['permanent'] === undefined ? 'cite.hintCurrent' : 'cite.hintPermanent', { version: page['version'] ?? '' });
  const template = document.createElement('template');
  template.innerHTML = citationMarkup(hint);
  const element = template.content.querySelector('dialog');
  const title = template.content.querySelector<HTMLElement>('#cite-dialog-title');
  const link = template.content.querySelector<HTMLTextAreaElement>('#cite-link');
  const text = template.content.querySelector<HTMLTextAreaElement>('#cite-text');
  const status = template.content.querySelector<HTMLElement>('[role="status"]');
  if (!element || !title || !link || !text || !status) throw new Error('The citation dialog’s markup is incomplete');
  for (const button of element.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const field = button.dataset['copy'] === link.id ? link : text;
    button.addEventListener('click', () => {
      field.select();
      navigator.clipboard?.writeText(field.value).then(
        () => (status.textContent = say('cite.copied')),
        () => undefined,
      );
    });
  }
  document.body.append(element);
  return { element, page, title, link, text, status };
}
