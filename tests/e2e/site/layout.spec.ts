import { defineOverflowSweep } from '../layout';

// Issue 11: no page of the dist/ build scrolls sideways or has a box outside the window, 320–1440 px, light and dark.
defineOverflowSweep('dist', '/');
