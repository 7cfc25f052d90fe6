import { interpolate } from '~/i18n/interpolate';
import { formatPartialDate, isRealPartialDate, todayInOslo } from '~/lib/site/dates';
import { versionOnDay } from '~/lib/versions/on-date';

// Resolves the changelog's ?date=YYYY-MM-DD to the version in effect on that day, with the
// same rule as versions.json, and says how precise the version's date is. Loaded on demand (on-demand.ts).

/** Answers the date lookup `root` for the address's `?date=`, and for each date the reader submits from now on. */
export function enhance(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="date"]');
  const answer = root.querySelector<HTMLElement>('[data-date-answer]');
  if (!form || !input || !answer) return;
  const periods = [...root.querySelectorAll<HTMLElement>('li[data-version]')].map((item) => ({
    version: item.dataset['version'] ?? '',
    date: item.dataset['from'] ?? '',
    href: item.dataset['href'] ?? '',
  }));
  const message = (key: string) => root.dataset[key] ?? '';
  const intl = message('intl');
  const show = (day: string) => {
    answer.replaceChildren(...answerFor(day));
  };
  const answerFor = (day: string): Node[] => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isRealPartialDate(day)) return [paragraph(message('datelookupInvalid'))];
    const dayText = formatPartialDate(day, intl);
    const result = versionOnDay(periods, day);
    const today = todayInOslo();
    const inFuture = day > today;
    const future = inFuture ? [paragraph(message('datelookupFuture'))] : [];
    const found = periods.find((period) => period.version === result.version);
    if (!found || !result.version) {
      const first = [...periods].sort((a, b) => a.date.localeCompare(b.date))[0];
      return [
        paragraph(interpolate(message('datelookupBefore'), { date: dayText, first: first ? formatPartialDate(first.date, intl) : '' })),
        ...future,
      ];
    }
    const lines = [
      paragraph(
        interpolate(message(inFuture ? 'datelookupAnswerfuture' : day === today ? 'datelookupAnswertoday' : 'datelookupAnswer'), {
          date: dayText,
          version: found.version,
        }),
      ),
    ];
    if (result.precision === 'year' || result.precision === 'month') {
      const precision = message(result.precision === 'year' ? 'datelookupPrecisionYear' : 'datelookupPrecisionMonth');
      const uncertain = result.uncertain
        ? ` ${result.previous ? interpolate(message('datelookupUncertainprevious'), { version: result.previous }) : message('datelookupUncertainnone')}`
        : '';
      lines.push(paragraph(`${interpolate(precision, { date: formatPartialDate(found.date, intl) })}${uncertain}`));
    }
    const link = document.createElement('a');
    link.href = found.href;
    link.textContent = interpolate(message('versionsRead'), { version: found.version });
    const linkLine = document.createElement('p');
    linkLine.append(link);
    return [...lines, ...future, linkLine];
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('date', input.value);
    history.replaceState(null, '', url);
    show(input.value);
  });
  const requested = new URLSearchParams(location.search).get('date');
  if (requested !== null) {
    input.value = requested;
    show(requested);
  }
}

function paragraph(text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  return element;
}
