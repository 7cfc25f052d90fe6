// The page that compares any two versions in the browser ([compare]/index.astro): its one
// job, loaded by on-demand.ts as soon as the page names it; reading pages never load it.
export { compareAnyPair as enhance } from '~/lib/diff/any-pair';
