import { DIST, defineFileChecks, defineResponseChecks } from '../serving';

// dist/ as nginx with deploy/nginx/ serves it at the root of jtec.no: every file, the 404 page, redirects.
defineFileChecks(DIST);
defineResponseChecks(DIST);
