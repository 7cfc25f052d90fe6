import { defineBrowserChecks } from '../serving-browser';
import { DIST_BASE } from '../serving';

// dist-base/ in Chromium through nginx under /personvern/: search under both CSPs, the 404 page, the encoding.
defineBrowserChecks(DIST_BASE);
