import { defineBrowserChecks } from '../serving-browser';
import { DIST } from '../serving';

// dist/ in Chromium through nginx: search under both CSPs, the 404 page, the encoding.
defineBrowserChecks(DIST);
