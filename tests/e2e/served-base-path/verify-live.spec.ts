import { DIST_BASE } from '../serving';
import { defineVerifyLiveChecks } from '../verify-live';

// `npm run verify:live -- <site>/personvern/ --build dist-base` against nginx.
defineVerifyLiveChecks(DIST_BASE);
