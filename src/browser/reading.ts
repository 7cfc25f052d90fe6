// Marks the section being read in the table of contents, shows the "back to contents" button
// once they are out of sight, and keeps the language switch on that section. Loaded on the
// reader's first scroll or section link (on-demand.ts); without it the table of contents is
// still a list of working links.

/** From now on, marks the section in view, shows the back button when the contents scroll away, and keeps the language switch on the section. */
export function enhance(): void {
  keepSectionOnLanguageSwitch();
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')) {
    links.set(decodeURIComponent(link.hash.slice(1)), link);
  }
  const headings = [...links.keys()].flatMap((id) => document.getElementById(id) ?? []);
  // Above the first section nothing is marked, but the section last read stays in data-current-section:
  // scrolling up to the header's language switch must not lose the reader's place.
  let marked = '';
  const mark = (id: string) => {
    if (marked === id) return;
    marked = id;
    if (id) document.documentElement.dataset['currentSection'] = id;
    for (const [key, link] of links) {
      if (key === id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
    dispatchEvent(new CustomEvent('section-change'));
  };
  // A section reached through a link (#id, also an old alias id inside a heading) stays marked
  // while its heading is on screen, even if the next heading is above the line too (a short
  // section) or the page cannot scroll it to the top (a section near the end).
  // The browser may scroll to the fragment after this script runs, so it is let go only once seen and scrolled away.
  let linked: HTMLElement | undefined;
  let seen = false;
  const fromHash = () => {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const heading = target instanceof HTMLElement ? target.closest<HTMLElement>('h2, h3') : null;
    linked = heading && headings.includes(heading) ? heading : undefined;
    seen = false;
  };
  const update = () => {
    const line = innerHeight / 3;
    if (linked) {
      const top = linked.getBoundingClientRect().top;
      if (top > -2 && top < innerHeight) {
        seen = true;
        return mark(linked.id);
      }
      if (seen) linked = undefined;
    }
    // At the end of the page the last heading may never reach the line: mark the last section then.
    const atEnd = scrollY > 0 && innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    // Otherwise the current section is the last heading above the upper third of the window; none above the first.
    let current: HTMLElement | undefined;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) current = heading;
      else break;
    }
    mark((atEnd ? headings.at(-1) : current)?.id ?? '');
  };
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      update();
    });
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  addEventListener('hashchange', () => {
    fromHash();
    schedule();
  });
  fromHash();
  update();
  // The "back to contents" button shows once the contents are scrolled out of sight above.
  const toc = document.querySelector('.toc');
  const back = document.querySelector<HTMLElement>('.toc-back');
  if (toc && back) {
    new IntersectionObserver(([entry]) => {
      if (entry) back.hidden = entry.isIntersecting || entry.boundingClientRect.top > 0;
    }).observe(toc);
  }
}

/** Section ids are the same in every language, so switching language keeps the reader on the section they are reading (marked in the table of contents) or linked to. */
function keepSectionOnLanguageSwitch(): void {
  const languageLinks = document.querySelectorAll<HTMLAnchorElement>('a[data-keep-section]');
  const carrySection = () => {
    const id = document.documentElement.dataset['currentSection'] ?? location.hash.slice(1);
    for (const link of languageLinks) {
      const url = new URL(link.href);
      url.hash = id ? `#${id}` : '';
      link.href = url.href;
    }
  };
  carrySection();
  addEventListener('hashchange', carrySection);
  addEventListener('section-change', carrySection);
}
