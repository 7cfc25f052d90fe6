declare namespace App {
  interface Locals {
    /** Set by PolicyArticle for the section headings it renders. */
    sectionExtras?: import('./lib/versions/section-extras').SectionExtras;
  }
}
