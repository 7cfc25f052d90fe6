import { definePageSweep } from '../gates';

// Every page of the real site: a private visit, visible focus, 24×24 targets, and axe (WCAG 2.2 AA) light and dark.
definePageSweep('dist', 'site');
