/** A `<script>` of the page as the parser wrote it, before the extension let it run. */
export interface ScriptFact {
  /** The `type` attribute, or null without one. */
  type: string | null;
  /** The resolved `src`, or null for an inline script. */
  src: string | null;
  integrity: string | null;
  /** Whether it has inline text (never sent: only whether there is some). */
  inline: boolean;
}

/** A `<link>` that fetches something the page uses (a module preload, a preload, a stylesheet). */
export interface LinkFact {
  rel: string;
  href: string;
  integrity: string | null;
}

/**
 * What the content script saw of one document once it was parsed, sent to the background for the check. The URL
 * never carries the fragment (the secret's key): the extension has no use for it.
 */
export interface PageFacts {
  url: string;
  scripts: ScriptFact[];
  importMaps: string[];
  links: LinkFact[];
  /** How many `<iframe>`, `<frame>`, `<object>` and `<embed>` the page has (the release's has none). */
  frames: number;
}

/** The kind of `<link>` whose target the release pins. */
export const CHECKED_LINKS = ['modulepreload', 'preload', 'stylesheet'];

/** The document's URL without its fragment. */
export function urlWithoutFragment(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}
