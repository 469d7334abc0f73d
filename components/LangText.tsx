// Text that may carry runs of the other language (a Chinese menu path in an English step, an English menu
// path in a Chinese one, a label the user typed): each such run gets its own `lang`, so that a screen reader
// pronounces it in the right voice (WCAG 3.1.2). Single Latin words in Chinese text (Gmail, Apple ID) are
// names and stay as they are.
import { currentLanguage } from '@/lib/i18n';
import { htmlLang, type Lang } from '@/core/language';

const CJK =
  /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+(?:[\s\d>›/·、，。：（）()-]*[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+)*/g;
// Two or more English words in a row (a menu path such as "Security > Your devices").
const ENGLISH = /[A-Za-z][A-Za-z'’]*(?:(?:\s*[>›/&,-]\s*|\s+)[A-Za-z][A-Za-z'’]*)+/g;

export interface Run {
  text: string;
  /** The run's BCP 47 tag, when it is in the other language. */
  lang?: string;
}

/** Splits text into runs in the page's language and runs in the other one. */
export function languageRuns(text: string, page: Lang): Run[] {
  const pattern = page === 'en' ? CJK : ENGLISH;
  const other = htmlLang(page === 'en' ? 'zh_CN' : 'en');
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start) });
    runs.push({ text: match[0], lang: other });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

/** The language of a short name (an account's label) when it is wholly in the other language. */
export function otherLanguageOf(text: string): string | undefined {
  const page = currentLanguage();
  const runs = languageRuns(text.trim(), page);
  return runs.length === 1 && runs[0]!.lang ? runs[0]!.lang : undefined;
}

export function LangText({ text }: { text: string }) {
  const runs = languageRuns(text, currentLanguage());
  if (runs.length === 1 && !runs[0]!.lang) return <>{text}</>;
  return (
    <>
      {runs.map((run, index) =>
        run.lang ? (
          <span key={index} lang={run.lang}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
