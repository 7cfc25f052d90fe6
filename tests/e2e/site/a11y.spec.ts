import { defineAxeSweep } from "../gates";

// WCAG 2.2 AA over every page of the real site, light and dark.
defineAxeSweep("dist", "site");
