import { defineBrowserChecks } from '../serving-browser';
import { DIST } from '../serving';

// dist/ in Chromium through nginx: header + <meta> CSP together, search, the 404 page, privacy and axe.
defineBrowserChecks(DIST, { axe: true });
