// The Solo5 command line as arguments.
//
// Solo5 tenders join the words after the guest's path with single spaces
// (`solo5-spt --net:service=tap0 app.spt --ipv4=10.0.0.2/24 -l debug` gives the guest
// "--ipv4=10.0.0.2/24 -l debug"), so the guest splits that string again, like a POSIX shell
// splits words, and nothing more:
//
// - words are separated by runs of spaces, tabs and newlines;
// - 'single quotes' keep everything up to the next single quote literally;
// - "double quotes" keep everything literally except \" \\ \$ and \` (the character after the
//   backslash); another backslash stays as it is;
// - outside quotes a backslash makes the next character literal (`\ ` is a space in a word);
// - quoted and unquoted parts join into one word: --msg="a b" is `--msg=a b`; '' is an empty word;
// - no variables, globbing, comments or tilde expansion.
//
// An unterminated quote or a trailing backslash is an error. As the host shell removed one level
// of quoting already, an argument with spaces needs two: `solo5-spt ... app.spt "--msg='a b'"`.
//
// Core module: ES2022 only, no Node or DOM types.

export type CmdlineResult = { readonly ok: true; readonly argv: string[] } | { readonly ok: false; readonly error: string };

const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\n" || c === "\r";

/** Splits a command line into arguments (see the rules above). */
export const splitCommandLine = (line: string): CmdlineResult => {
  const argv: string[] = [];
  let word = "";
  let inWord = false;
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i] as string;
    if (isSpace(c)) {
      if (inWord) argv.push(word);
      word = "";
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return { ok: false, error: `unterminated single quote at column ${i + 1} of the command line` };
      word += line.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= n) return { ok: false, error: `unterminated double quote at column ${i + 1} of the command line` };
        const d = line[j] as string;
        if (d === '"') break;
        if (d === "\\" && j + 1 < n && '"\\$`'.includes(line[j + 1] as string)) {
          word += line[j + 1];
          j += 2;
        } else {
          word += d;
          j++;
        }
      }
      i = j + 1;
    } else if (c === "\\") {
      if (i + 1 >= n) return { ok: false, error: "a backslash ends the command line (nothing to escape)" };
      word += line[i + 1];
      i += 2;
    } else {
      word += c;
      i++;
    }
  }
  if (inWord) argv.push(word);
  return { ok: true, argv };
};
