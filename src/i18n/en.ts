import type { UIStrings } from './index';

/** English UI strings. */
export const en: UIStrings = {
  'site.name': 'Johnsentechnology AS',
  'skip.toContent': 'Skip to content',
  'policy.lastUpdated': 'Last updated',
  'policy.version': 'Version',
  'toc.label': 'Contents',
  'heading.copyLink': 'Copy link to',
  'heading.linkCopied': 'Link copied',
  'nav.label': 'Main menu',
  'language.label': 'Language',
  'language.name': 'English',
  'language.switchTo': 'Read in English',
  'footer.label': 'Contact information',
  'footer.orgNumber': 'Org. no.',
  'footer.address': 'Address',
  'footer.email': 'E-mail',
  'footer.website': 'Website',
  'chooser.title': 'Choose a language',
  'chooser.intro': 'The privacy notice is available in Norwegian and English.',
  'notFound.title': 'Page not found',
  'notFound.text': 'The page you were looking for does not exist. The link may be old, or the address mistyped.',
  'notFound.back': 'Go to the privacy notice',
};
