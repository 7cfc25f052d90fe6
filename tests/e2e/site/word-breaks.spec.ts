import { defineWordBreakCheck } from '../word-breaks';

// The real notice's headings, contents and pages of every type, in both languages.
defineWordBreakCheck('dist', ['/404.html']);
