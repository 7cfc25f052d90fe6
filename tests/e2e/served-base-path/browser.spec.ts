import { defineBrowserChecks } from '../serving-browser';
import { DIST_BASE } from '../serving';

// dist-base/ in Chromium through nginx under /personvern/: CSP, search, 404 and privacy (axe runs on dist/).
defineBrowserChecks(DIST_BASE, { axe: false });
