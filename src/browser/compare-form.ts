import { interpolate } from '~/i18n/interpolate';

// The form that compares any two versions (CompareForm.astro). Without JavaScript it stays
// hidden and the list of prepared comparisons does the job. A prepared comparison opens at
// once; any other pair opens the page that computes it in the browser. Loaded by on-demand.ts.

/** Shows the comparison form `form` and opens the comparison of the two versions it is sent with. */
export function enhance(form: HTMLElement): void {
  if (!(form instanceof HTMLFormElement)) return;
  const { versions = '', pairs = '', pairTemplate = '', template = '', anyTemplate = '' } = form.dataset;
  const listed = versions.split(' ');
  const prepared = new Set(pairs.split(' '));
  const message = form.querySelector<HTMLElement>('.compare-message');
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const a = String(data.get('from'));
    const b = String(data.get('to'));
    if (a === b) {
      if (message) message.textContent = message.dataset['same'] ?? '';
      return;
    }
    // Versions are listed newest first; a diff always reads from the older to the newer one.
    const [from, to] = listed.indexOf(a) > listed.indexOf(b) ? [a, b] : [b, a];
    const isPrepared = prepared.has(interpolate(pairTemplate, { from, to }));
    location.assign(interpolate(isPrepared ? template : anyTemplate, { from, to }));
  });
}
