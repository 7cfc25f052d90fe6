import { DIST_BASE, defineFileChecks, defineResponseChecks } from '../serving';

// dist-base/ as nginx with deploy/nginx/jtec.no-base-path.conf serves it under /personvern/.
defineFileChecks(DIST_BASE);
defineResponseChecks(DIST_BASE);
