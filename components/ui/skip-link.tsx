import { MAIN_ID } from "./main";

/** The first stop of the Tab key: jumps past the navigation to the page's main region. */
export function SkipLink() {
  return (
    <a
      href={`#${MAIN_ID}`}
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:inline-flex focus:min-h-11 focus:items-center focus:rounded-lg focus:border focus:border-border-strong focus:bg-surface focus:px-4 focus:text-sm focus:font-semibold focus:text-accent-text focus:shadow-lg"
    >
      Skip to main content
    </a>
  );
}
