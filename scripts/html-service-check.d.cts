/** `//` or `/*` inside the template-literal text of one script: offset and surrounding text. */
export function templateCommentMarks(js: string): { at: number; excerpt: string }[];

/** Every problem HtmlService would cause in a sidebar HTML file (meta tags, comment markers in template literals). */
export function htmlServiceProblems(html: string): string[];
