import { citationText } from '~/lib/versions/citation';
import { interpolate } from '~/i18n/interpolate';

// The citation control next to each section heading opens one shared dialog with the
// section's permanent link and a ready citation. Without this script the control is a
// plain link to the section in this version, which works as well.
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-cite-dialog]');
if (dialog) enhance(dialog);

function enhance(dialog: HTMLDialogElement): void {
  const data = dialog.dataset;
  const heading = dialog.querySelector<HTMLElement>('#cite-dialog-title');
  const link = dialog.querySelector<HTMLInputElement>('#cite-link');
  const text = dialog.querySelector<HTMLTextAreaElement>('#cite-text');
  const status = dialog.querySelector<HTMLElement>('[data-cite-status]');
  for (const control of document.querySelectorAll<HTMLAnchorElement>('a.cite-link')) control.setAttribute('aria-haspopup', 'dialog');

  document.addEventListener('click', (event) => {
    const control = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.cite-link');
    if (!control || !heading || !link || !text || !status) return;
    const id = control.hash.slice(1);
    const sectionHeading = document.getElementById(id);
    if (!sectionHeading) return;
    event.preventDefault();
    const headingText = (sectionHeading.textContent ?? '').replace(/\s+/g, ' ').trim();
    const url = `${data['url'] ?? ''}#${id}`;
    heading.textContent = interpolate(data['headingTemplate'] ?? '', { heading: headingText });
    link.value = url;
    text.value = citationText(
      { template: data['template'] ?? '', section: data['section'] ?? '', sectionUnnumbered: data['sectionUnnumbered'] ?? '' },
      {
        company: data['company'] ?? '',
        title: data['title'] ?? '',
        version: data['version'] ?? '',
        updated: data['updated'] ?? '',
        heading: headingText,
        url,
      },
    );
    status.textContent = '';
    dialog.showModal();
  });

  dialog.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-from]');
    const field = button ? dialog.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${button.dataset['copyFrom'] ?? ''}`) : null;
    if (!field || !status) return;
    field.select();
    navigator.clipboard?.writeText(field.value).then(
      () => {
        status.textContent = data['copied'] ?? '';
      },
      () => undefined,
    );
  });
}
