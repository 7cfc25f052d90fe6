import { defineTemplateSweep } from '../sweep';

// Every page of the real site at 320 px; every template × language × state at every breakpoint, with axe, the Tab walk and a private visit.
defineTemplateSweep({ dir: 'dist', base: '/', project: 'site', everyState: true });
