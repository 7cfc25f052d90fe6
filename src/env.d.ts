declare namespace App {
  interface Locals {
    /** Set by PolicyArticle for the section headings it renders. */
    sectionExtras?: import('./lib/versions/section-extras').SectionExtras;
  }
}

/** The URL of a module built as a chunk of its own (src/integrations/on-demand-chunks.ts). */
declare module '*?on-demand' {
  const url: string;
  export default url;
}
