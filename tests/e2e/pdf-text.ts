import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page of a PDF: its size in points and its text runs with where they sit horizontally. */
export interface PdfPage {
  width: number;
  height: number;
  /** The page's text in reading order as the PDF stores it, runs joined by spaces. */
  text: string;
  /** Text runs (non-blank) with their left and right edges, in points from the page's left edge. */
  runs: { text: string; left: number; right: number }[];
}

/** Reads every page of a PDF (as Playwright's page.pdf() returns it) with pdfjs-dist. */
export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const task = getDocument({ data, useSystemFonts: false });
  const pdf = await task.promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs = content.items.flatMap((item) =>
      'str' in item && item.str.trim()
        ? [{ text: item.str, left: item.transform[4] as number, right: (item.transform[4] as number) + item.width }]
        : [],
    );
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
    pages.push({ width, height, text, runs });
  }
  await task.destroy();
  return pages;
}
