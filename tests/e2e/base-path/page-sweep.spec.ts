import { defineTemplateSweep } from '../sweep';

// The real site under /personvern/: the same templates as dist/ (swept in `site`), so every page at 320 px only —
// longer addresses (the printed permanent address, for one) must still fit.
defineTemplateSweep({ dir: 'dist-base', base: '/personvern/', project: 'site', everyState: false });
