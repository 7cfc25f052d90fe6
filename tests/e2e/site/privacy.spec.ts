import { definePrivacyChecks } from '../gates';

// No request leaves the site, nothing is stored, and every page runs under a CSP without 'unsafe-inline' scripts.
definePrivacyChecks('dist');
