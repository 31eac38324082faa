'use strict';
/**
 * What HtmlService does to a sidebar file that a browser would not:
 *  - it strips `//…` and `/* … *\/` inside the template literals of inline scripts as if they were
 *    comments (issue #11: a template literal holding "https://…" loses the rest of its line);
 *  - it ignores <meta> tags written in the file ("Meta tags included directly in an Apps Script HTML
 *    file are ignored", HtmlOutput.addMetaTag, developers.google.com/apps-script/reference/html/html-output).
 * The build fails on either, naming where, so nothing relies on them.
 */

const REGEX_AFTER = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const REGEX_KEYWORDS = /(?:^|[^\w$])(?:return|typeof|case|in|of|new|delete|void|throw|else|do|yield|await)$/;

/** `//` or `/*` inside template-literal text of one script, as { at, excerpt } (at = offset). */
function templateCommentMarks(js) {
  const marks = [];
  const stack = []; // one entry per open template literal: brace depth of its current ${ } expression, or -1 in its text
  let i = 0;
  let last = ''; // last significant code character (regex vs division)
  const inText = () => stack.length > 0 && stack[stack.length - 1] === -1;
  while (i < js.length) {
    const c = js[i];
    if (inText()) {
      if (c === '\\') i += 2;
      else if (c === '`') {
        stack.pop();
        last = '`';
        i++;
      } else if (c === '$' && js[i + 1] === '{') {
        stack[stack.length - 1] = 0;
        last = '{';
        i += 2;
      } else {
        if (c === '/' && (js[i + 1] === '/' || js[i + 1] === '*'))
          marks.push({ at: i, excerpt: js.slice(Math.max(0, i - 30), i + 30) });
        i++;
      }
      continue;
    }
    if (c === '`') {
      stack.push(-1);
      i++;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < js.length && js[i] !== c) i += js[i] === '\\' ? 2 : 1;
      i++;
      last = c;
    } else if (c === '/' && js[i + 1] === '/') {
      while (i < js.length && js[i] !== '\n') i++;
    } else if (c === '/' && js[i + 1] === '*') {
      const end = js.indexOf('*/', i + 2);
      i = end < 0 ? js.length : end + 2;
    } else if (
      c === '/' &&
      (last === '' || REGEX_AFTER.has(last) || REGEX_KEYWORDS.test(js.slice(Math.max(0, i - 8), i).trimEnd()))
    ) {
      i++;
      let cls = false;
      while (i < js.length && (cls || js[i] !== '/')) {
        if (js[i] === '\\') i++;
        else if (js[i] === '[') cls = true;
        else if (js[i] === ']') cls = false;
        i++;
      }
      i++;
      while (/[a-z]/i.test(js[i] ?? '')) i++;
      last = 'x';
    } else {
      if (stack.length && c === '{') stack[stack.length - 1]++;
      else if (stack.length && c === '}') {
        if (stack[stack.length - 1] === 0) stack[stack.length - 1] = -1;
        else stack[stack.length - 1]--;
      }
      if (!/\s/.test(c)) last = c;
      i++;
    }
  }
  return marks;
}

/** Every problem HtmlService would cause in a sidebar HTML file, as readable lines. */
function htmlServiceProblems(html) {
  const problems = [];
  const meta = /<meta\b[^>]*>/i.exec(html);
  if (meta) problems.push(`${meta[0]} — HtmlService ignores <meta> in the file; use HtmlOutput.addMetaTag`);
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const mark of templateCommentMarks(m[1])) {
      problems.push(
        `a template literal contains "${m[1].slice(mark.at, mark.at + 2)}" (…${mark.excerpt.replace(/\s+/g, ' ')}…) — HtmlService strips it as a comment; build the string with quotes instead`,
      );
    }
  }
  return problems;
}

module.exports = { templateCommentMarks, htmlServiceProblems };
